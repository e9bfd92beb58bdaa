/**
 * Effects over time: one day axis for people (one week) and rats (six days), a shared day cursor,
 * what each species' measure was, a walk-through of the harm aversion task, reverse translation,
 * and an optional, clearly labelled illustrative effect curve.
 */
import { ViewHeading } from '../../components/ViewHeading';
import { TimelineSection } from './TimelineSection';
import { MeasuresSection } from './MeasuresSection';
import { ReverseTranslation } from './ReverseTranslation';
import { EFFECTS_STUDY } from './chapter';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';
import './Effects.css';

export default function Effects() {
  return (
    <div className="view view--timeline">
      <div className="view__header">
        <ViewHeading>{t('timeline.heading')}</ViewHeading>
      </div>
      <TimelineSection />
      <p className="lede lede--after">
        <T
          id="timeline.lede"
          values={{ study: EFFECTS_STUDY.shortName }}
          components={{ em: <em /> }}
        />
      </p>
      <MeasuresSection />
      <ReverseTranslation />
    </div>
  );
}
