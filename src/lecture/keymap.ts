/**
 * The lecture keyboard map, as a pure function (reveal.js conventions; clickers send
 * PageUp/PageDown). Keys are ignored while the reader types or works a control that uses them.
 */

export type LectureAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'blackout'
  | 'fullscreen'
  | 'overview'
  | 'goto'
  | 'help'
  | 'presenter'
  | 'escape';

/**
 * The rows of the help table, in order: each row's keys and action are the catalogue's
 * `lecture.help.<row>.keys` and `lecture.help.<row>` (key names differ between keyboards).
 */
export const KEY_HELP = [
  'next',
  'previous',
  'ends',
  'blackout',
  'fullscreen',
  'overview',
  'goto',
  'presenter',
  'help',
] as const;
export type KeyHelpRow = (typeof KEY_HELP)[number];

export interface KeyContext {
  key: string;
  /** The focused element's tag name (upper case) and role, if any. */
  tagName: string;
  role: string | null;
  inputType: string | null;
  isContentEditable: boolean;
  hasModifier: boolean;
}

/** Controls that use these keys themselves: text entry, selects, sliders, radio groups. */
function isOwnedByControl(context: KeyContext): boolean {
  if (context.isContentEditable) return true;
  if (context.tagName === 'TEXTAREA' || context.tagName === 'SELECT') return true;
  if (context.tagName === 'INPUT')
    return context.inputType !== 'checkbox' && context.inputType !== 'button';
  return context.role === 'slider' || context.role === 'radio' || context.role === 'spinbutton';
}

export function lectureAction(context: KeyContext): LectureAction | null {
  if (context.hasModifier) return null;
  if (isOwnedByControl(context)) return context.key === 'Escape' ? 'escape' : null;
  switch (context.key) {
    case 'ArrowRight':
    case ' ':
    case 'n':
    case 'N':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'p':
    case 'P':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'blackout';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'o':
    case 'O':
      return 'overview';
    case 'Escape':
      return 'escape';
    case 'g':
    case 'G':
      return 'goto';
    case 's':
    case 'S':
      return 'presenter';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Build a KeyContext from a DOM keyboard event. */
export function keyContext(event: KeyboardEvent): KeyContext {
  const target = event.target instanceof Element ? event.target : null;
  return {
    key: event.key,
    tagName: target?.tagName.toUpperCase() ?? '',
    role: target?.getAttribute('role') ?? null,
    inputType: target instanceof HTMLInputElement ? target.type : null,
    isContentEditable: target instanceof HTMLElement && target.isContentEditable,
    hasModifier: event.ctrlKey || event.metaKey || event.altKey,
  };
}
