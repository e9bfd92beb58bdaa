/**
 * <Fact>: the one way a study fact reaches the screen. It shows the value and a tier marker;
 * hovering, focusing or tapping the marker opens a small panel with the citation, what the tier
 * means, and any note or formula. A not-reported fact reads "not reported", never a guess.
 *
 * The marker differs by text and border style as well as colour, so colour is never the only cue.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FactData } from '../data/schema';
import { sourceById } from '../data/studies';
import { TIER_INFO } from '../data/tiers';
import { formatFactValue } from '../data/format';

export interface FactProps {
  fact: FactData;
  /** Show the fact's label before the value ("Participants: 68"). */
  withLabel?: boolean;
  /** Render list values as a bulleted list instead of a joined line. */
  asList?: boolean;
}

const GAP = 6;
const MARGIN = 8;

/** The text on the tier marker; secondary facts name their source. */
export function markerText(fact: FactData): string {
  const info = TIER_INFO[fact.tier];
  if (fact.tier === 'secondary') return `${info.marker}: ${sourceById(fact.sourceId).label}`;
  if (fact.tier === 'registry') return `${info.marker}: ${sourceById(fact.sourceId).label}`;
  // The value already reads "not reported"; the marker says where we looked.
  if (fact.tier === 'not-reported') return `checked: ${sourceById(fact.sourceId).label}`;
  return info.marker;
}

export function Fact({ fact, withLabel = false, asList = false }: FactProps) {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLSpanElement>(null);
  const panelId = useId();
  const source = sourceById(fact.sourceId);
  const info = TIER_INFO[fact.tier];
  const isUnknown = fact.value === null;

  const place = useCallback(() => {
    const button = buttonRef.current;
    const panel = panelRef.current;
    if (!button || !panel) return;
    const rect = button.getBoundingClientRect();
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const left = Math.max(MARGIN, Math.min(rect.left, window.innerWidth - width - MARGIN));
    const below = rect.bottom + GAP;
    const top =
      below + height > window.innerHeight - MARGIN && rect.top - GAP - height > MARGIN
        ? rect.top - GAP - height
        : below;
    // CSSOM writes are allowed by the CSP (unlike inline style attributes in HTML).
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  }, []);

  useLayoutEffect(() => {
    if (open) place();
  }, [open, place]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        setPinned(false);
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (buttonRef.current?.contains(target) || panelRef.current?.contains(target)) return;
      setOpen(false);
      setPinned(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, place]);

  const value =
    Array.isArray(fact.value) && asList ? (
      <ul className="fact__list">
        {fact.value.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : (
      <span className={isUnknown ? 'fact__value fact__value--unknown' : 'fact__value'}>
        {formatFactValue(fact)}
      </span>
    );

  return (
    <span className={`fact fact--${fact.tier}`} data-tier={fact.tier}>
      {withLabel && <span className="fact__label">{fact.label}: </span>}
      {value}{' '}
      <button
        ref={buttonRef}
        type="button"
        className={`tier-marker tier-marker--${fact.tier}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={`${markerText(fact)} — source and tier of “${fact.label}”`}
        onClick={() => {
          // Focus already opened the panel; a click pins it, a second click closes it.
          setPinned(!pinned);
          setOpen(!pinned);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(event) => {
          if (!pinned && !panelRef.current?.contains(event.relatedTarget as Node | null)) {
            setOpen(false);
          }
        }}
        onMouseEnter={() => setOpen(true)}
        onMouseLeave={() => {
          if (!pinned && document.activeElement !== buttonRef.current) setOpen(false);
        }}
      >
        {markerText(fact)}
      </button>
      {open && (
        <span ref={panelRef} id={panelId} className="fact__panel" role="note">
          <span className="fact__panel-title">{fact.label}</span>
          <span className="fact__panel-row">
            <strong>Tier — {info.marker}.</strong> {info.meaning}
          </span>
          <span className="fact__panel-row">
            <strong>Source — {source.label}.</strong> {source.citation}
          </span>
          {fact.formula && (
            <span className="fact__panel-row">
              <strong>How computed.</strong> {fact.formula}
            </span>
          )}
          {fact.note && (
            <span className="fact__panel-row">
              <strong>Note.</strong> {fact.note}
            </span>
          )}
          {isUnknown && (
            <span className="fact__panel-row">
              This is left blank on purpose: we do not fill in unknowns.
            </span>
          )}
        </span>
      )}
    </span>
  );
}
