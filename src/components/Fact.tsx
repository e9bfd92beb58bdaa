/**
 * <Fact>: the one way a study fact reaches the screen. It shows the value and a tier marker;
 * hovering, focusing or tapping the marker opens a small panel with the citation, what the tier
 * means, and any note or formula. A not-reported fact reads "not reported", never a guess.
 *
 * The marker differs by text and border style as well as colour, so colour is never the only cue.
 */
import type { FactData } from '../data/schema';
import { sourceById } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { formatFactValue } from '../data/format';
import { Toggletip } from './Toggletip';
import { useExplorerStore } from '../store';
import { selectRevealed, selectShowSources } from '../store/selectors';
import { useFigureFrame } from '../figures/frame';
import { ViewLink } from '../controls/ViewLink';
import { viewLabel } from '../messages/views';
import { t } from '../messages/i18n';
import { T } from '../messages/T';
import { visibleCitation } from '../data/format';

export interface FactProps {
  fact: FactData;
  /** Show the fact's label before the value ("Participants: 68"). */
  withLabel?: boolean;
  /** Render list values as a bulleted list instead of a joined line. */
  asList?: boolean;
}

/**
 * The full text of the tier marker; secondary and registry facts name their source. It is always
 * the start of the marker's accessible name; with sources hidden the marker shows only the tier
 * word (compactMarkerText), which that name contains.
 */
export function markerText(fact: FactData): string {
  const info = TIER_INFO[fact.tier];
  if (fact.tier === 'secondary' || fact.tier === 'registry') {
    return t('fact.markerNamed', { marker: info.marker, source: sourceById(fact.sourceId).label });
  }
  // The value already reads "not reported"; the marker says where we looked.
  if (fact.tier === 'not-reported') {
    return t('fact.markerChecked', { source: sourceById(fact.sourceId).label });
  }
  return info.marker;
}

/** The compact marker: the tier alone (the source is on focus, hover or tap). */
export function compactMarkerText(fact: FactData): string {
  return fact.tier === 'not-reported' ? t('fact.markerCheckedShort') : TIER_INFO[fact.tier].marker;
}

/**
 * Whether sources are written out: the reader's "Show sources" switch, and always in the printed
 * handout (paper has no hover).
 */
export function useSourcesShown(): boolean {
  const shown = useExplorerStore(selectShowSources);
  return useFigureFrame() === 'print' || shown;
}

/** Just the tier marker and its panel, for places that show the value themselves. */
export function FactMarker({ fact }: { fact: FactData }) {
  const source = sourceById(fact.sourceId);
  const revealed = useExplorerStore(selectRevealed);
  const expanded = useSourcesShown();
  const info = TIER_INFO[fact.tier];
  // With sources shown, a tier whose marker does not name its source gets the source beside it.
  const namesSource = markerText(fact) !== info.marker;
  return (
    <>
      <Toggletip
        label={expanded ? markerText(fact) : compactMarkerText(fact)}
        accessibleName={t('fact.markerName', { marker: markerText(fact), label: fact.label })}
        buttonClassName={`tier-marker tier-marker--${fact.tier}`}
      >
        <span className="toggletip__title">{fact.label}</span>
        <span className="toggletip__row">
          <strong>{t('fact.tierRow', { marker: info.marker })}</strong> {info.meaning}
        </span>
        <span className="toggletip__row">
          <strong>{t('fact.sourceRow', { source: source.label })}</strong>{' '}
          {visibleCitation(source, revealed)}
        </span>
        {fact.formula && (
          <span className="toggletip__row">
            <strong>{t('fact.howComputed')}</strong> {fact.formula}
          </span>
        )}
        {fact.note && (
          <span className="toggletip__row">
            <strong>{t('fact.note')}</strong> {fact.note}
          </span>
        )}
        {fact.value === null && <span className="toggletip__row">{t('fact.blankOnPurpose')}</span>}
      </Toggletip>
      {expanded && !namesSource && <span className="fact__source"> {source.label}</span>}
    </>
  );
}

export function Fact({ fact, withLabel = false, asList = false }: FactProps) {
  const revealed = useExplorerStore(selectRevealed);
  if (fact.reveals && !revealed) return <HiddenFact fact={fact} withLabel={withLabel} />;
  const isUnknown = fact.value === null;
  const value =
    Array.isArray(fact.value) && asList ? (
      <ul className="fact__list">
        {fact.value.map((item) => (
          <li key={String(item)}>{item}</li>
        ))}
      </ul>
    ) : (
      <span className={isUnknown ? 'fact__value fact__value--unknown' : 'fact__value'}>
        {formatFactValue(fact)}
      </span>
    );
  return (
    <span
      className={`fact fact--${fact.tier}`}
      data-tier={fact.tier}
      data-source={sourceById(fact.sourceId).label}
    >
      {withLabel && <span className="fact__label">{fact.label}: </span>}
      {value} <FactMarker fact={fact} />
    </span>
  );
}

/** A result the reader has not revealed yet: its label, and where it is revealed — nothing else. */
function HiddenFact({ fact, withLabel }: { fact: FactData; withLabel: boolean }) {
  return (
    <span className="fact fact--hidden" data-hidden="until-revealed">
      {withLabel && <span className="fact__label">{fact.label}: </span>}
      <span className="fact__value fact__value--hidden">
        <T
          id="fact.hiddenLink"
          values={{ view: viewLabel('blockade') }}
          components={{ link: <ViewLink to="blockade">{null}</ViewLink> }}
        />
      </span>
    </span>
  );
}
