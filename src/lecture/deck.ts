/**
 * The lecture deck (data/lecture/default.json, validated at build) and the document state of
 * each of its steps.
 */
import { DEFAULT_DECK } from '../data/decks';
import { decode } from '../document/codec';
import { DEFAULT_DOCUMENT, type DocumentState, type View } from '../document/fields';

export const DECK = DEFAULT_DECK;
export const SLIDE_COUNT = DECK.steps.length;

/** A slide number clamped into the deck. */
export function clampSlide(slide: number): number {
  return Math.min(SLIDE_COUNT, Math.max(1, Math.round(slide)));
}

/**
 * The full document state of slide `slide`, keeping the reader's theme and presenter flag, and
 * language when given.
 */
export function slideDocument(
  slide: number,
  keep: Pick<DocumentState, 'theme' | 'presenter'> & Partial<Pick<DocumentState, 'lang'>>,
): DocumentState {
  const index = clampSlide(slide) - 1;
  const step = DECK.steps[index]!;
  const { state } = decode(step.state);
  return {
    ...DEFAULT_DOCUMENT,
    ...state,
    view: step.view as View,
    theme: keep.theme,
    lang: keep.lang ?? DEFAULT_DOCUMENT.lang,
    presenter: keep.presenter,
    lecture: true,
    slide: index + 1,
  };
}
