/** Reverse translation: from patients back to rats, and why the two windows differ. */
import { Fact } from '../../components/Fact';
import { Term } from '../../components/Term';
import { EFFECTS_STUDY, RATS, TIMELINE_INPUT } from './chapter';
import { t } from '../../messages/i18n';
import { T } from '../../messages/T';

export function ReverseTranslation() {
  const humanWindow = TIMELINE_INPUT.human.window;
  const ratWindow = TIMELINE_INPUT.companion.window;
  const humanDays = <Fact fact={TIMELINE_INPUT.human.assessmentDays} />;
  const ratTestDays = RATS.testing[0];
  return (
    <section aria-labelledby="reverse-title">
      <h2 id="reverse-title">{t('timeline.reverse.heading')}</h2>
      <p>
        <T
          id="timeline.reverse.intro"
          values={{ study: EFFECTS_STUDY.shortName }}
          components={{ term: <Term id="reverse-translation">{null}</Term> }}
        />
      </p>
      <div className="compare-columns">
        <div>
          <h3>{t('timeline.reverse.measuresHeading')}</h3>
          <ul>
            <li>
              <T id="timeline.reverse.people" components={{ em: <em /> }} />
            </li>
            <li>
              <T id="timeline.reverse.rats" components={{ em: <em /> }} />
            </li>
            <li>{t('timeline.reverse.overall')}</li>
            {RATS.facts.sucroseControl && (
              <li>
                <T
                  id="timeline.reverse.inRats"
                  components={{ fact: <Fact fact={RATS.facts.sucroseControl} /> }}
                />
              </li>
            )}
          </ul>
        </div>
        <div>
          <h3>{t('timeline.reverse.windowsHeading')}</h3>
          <p>
            <T
              id="timeline.reverse.windows"
              components={{
                human: <Fact fact={humanWindow} />,
                rats: <Fact fact={ratWindow} />,
              }}
            />
          </p>
          <ul>
            <li>{t('timeline.reverse.measuresDiffer')}</li>
            <li>{t('timeline.reverse.designsDiffer')}</li>
            <li>
              {ratTestDays ? (
                <T
                  id="timeline.reverse.windowsEnd"
                  components={{ humanDays: humanDays, ratDays: <Fact fact={ratTestDays} /> }}
                />
              ) : (
                <T id="timeline.reverse.windowsEndHuman" components={{ humanDays: humanDays }} />
              )}
            </li>
            <li>{t('timeline.reverse.timeScales')}</li>
          </ul>
        </div>
      </div>
    </section>
  );
}
