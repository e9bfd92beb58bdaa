/**
 * The fuzz mode's input: one seeded random action at a time, drawn from what the page offers now
 * (controls, links, chart marks, figures, menus, the lecture keys). Every random draw comes from
 * the one seeded generator, and candidates are taken in document order, so the same seed on the
 * same page sends the same sequence. Each action is described in one line for the event log;
 * the description names the input (what and where), not the page's reaction.
 */
import type { Rng } from '../model/lab/random';
import { isLeavingLink } from './guards';

export interface FuzzAction {
  /** One line for the event log. */
  description: string;
  run: () => void;
}

const CONTROLS = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  '[tabindex]',
  '[role="button"]',
  '[role="slider"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
].join(', ');

/** Keys the app's own handlers use (synthetic key events have no browser default action). */
const KEYS = [
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Enter',
  ' ',
  'Escape',
  'Tab',
  'Backspace',
  'a',
  '1',
  '5',
];

/** The lecture keymap (src/lecture/keymap.ts) and a few keys it ignores. */
const LECTURE_KEYS = [
  'ArrowRight',
  'ArrowLeft',
  ' ',
  'n',
  'p',
  'PageDown',
  'PageUp',
  'Home',
  'End',
  'b',
  '.',
  'f',
  'o',
  'Escape',
  'g',
  's',
  '?',
  'Enter',
  'x',
];

export const FUZZ_PANEL_ATTRIBUTE = 'data-fuzz-panel';

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng.next() * items.length)]!;
}

function isUsable(element: Element): boolean {
  if (element.closest(`[${FUZZ_PANEL_ATTRIBUTE}]`)) return false;
  if (element.closest('[inert]')) return false;
  if (
    (element instanceof HTMLAnchorElement || element instanceof SVGAElement) &&
    isLeavingLink(element)
  )
    return false;
  if (element.getAttribute('tabindex') === '-1' && !element.matches('button, input, select, a'))
    return false;
  // Rendered (not display: none, not in a closed <details>); cheaper than measuring every box.
  return element.checkVisibility();
}

/**
 * One line, at most 48 characters, without this server's origin (it varies between runs) and
 * without the query of a link to this page that a text shows (permalinks refresh lazily, on hover
 * or focus, so their text depends on timing, not on the seed).
 */
function squash(text: string | null | undefined): string {
  return (text ?? '')
    .replaceAll(window.location.origin, '')
    .replace(/(^|\s)\/\?\S*/g, '$1/?…')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 48);
}

/** A short, stable name: tag, type, role and the first label found. */
export function describe(element: Element): string {
  const tag = element.tagName.toLowerCase();
  const type = element instanceof HTMLInputElement ? `[${element.type}]` : '';
  const role = element.getAttribute('role');
  const labelled =
    element.getAttribute('aria-label') ??
    element.getAttribute('data-box-id') ??
    (element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
      ? (labelText(element) ?? element.name)
      : null) ??
    element.getAttribute('title') ??
    element.textContent;
  return `${tag}${type}${role ? `(${role})` : ''} "${squash(labelled)}"`;
}

/** A control's label without the control's own text (a <select> inside its <label>). */
function labelText(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
): string | null {
  const label = control.labels?.[0];
  if (!label) return null;
  return [...label.childNodes]
    .filter((node) => !node.contains(control))
    .map((node) => node.textContent)
    .join(' ');
}

/** A figure's accessible name: aria-label, else the text of what labels it, else its <title>. */
function figureName(svg: SVGSVGElement): string {
  const ids = svg.getAttribute('aria-labelledby')?.split(/\s+/) ?? [];
  const fromIds = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  return squash(
    svg.getAttribute('aria-label') ?? (fromIds.trim() || svg.querySelector('title')?.textContent),
  );
}

function controls(): Element[] {
  return [...document.querySelectorAll(CONTROLS)].filter(isUsable);
}

/**
 * Most targets come from the current view (main), so a run started on a view mostly stays there;
 * one in ten comes from the whole page (navigation, theme, Present, Handout, lecture toolbar).
 */
function pickTarget(rng: Rng, candidates: Element[]): { element: Element; index: number } | null {
  const inMain = candidates.filter((element) => element.closest('main'));
  const pool = rng.next() < 0.9 && inMain.length > 0 ? inMain : candidates;
  if (pool.length === 0) return null;
  const index = Math.floor(rng.next() * pool.length);
  return { element: pool[index]!, index: candidates.indexOf(pool[index]!) };
}

function isInLecture(): boolean {
  return document.querySelector('.lecture') !== null;
}

function focus(element: Element) {
  if (element instanceof HTMLElement || element instanceof SVGElement) element.focus();
}

function pointerInit(x: number, y: number, buttons: number): PointerEventInit {
  return {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: x,
    clientY: y,
    pointerId: 1,
    pointerType: 'mouse',
    isPrimary: true,
    button: 0,
    buttons,
    view: window,
  };
}

function firePointer(target: Element, type: string, x: number, y: number, buttons = 0) {
  const init = pointerInit(x, y, buttons);
  target.dispatchEvent(new PointerEvent(`pointer${type}`, init));
  target.dispatchEvent(new MouseEvent(`mouse${type}`, init));
}

let hovered: Element | null = null;

function moveTo(x: number, y: number, buttons = 0): Element {
  const target = document.elementFromPoint(x, y) ?? document.body;
  if (hovered !== target) {
    if (hovered?.isConnected) firePointer(hovered, 'out', x, y, buttons);
    firePointer(target, 'over', x, y, buttons);
    hovered = target;
  }
  firePointer(target, 'move', x, y, buttons);
  return target;
}

function clickAction(rng: Rng, candidates: Element[]): FuzzAction | null {
  const picked = pickTarget(rng, candidates);
  if (!picked) return null;
  const { element, index } = picked;
  return {
    description: `click ${index}/${candidates.length} ${describe(element)}`,
    run: () => {
      element.scrollIntoView({ block: 'nearest' });
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // The pointer arrives on the element itself: what it hovers on the way must not depend on
      // layout, which charts settle a frame later (ResizeObserver).
      if (hovered !== element) {
        if (hovered?.isConnected) firePointer(hovered, 'out', x, y);
        firePointer(element, 'over', x, y);
        hovered = element;
      }
      firePointer(element, 'move', x, y);
      firePointer(element, 'down', x, y, 1);
      focus(element);
      firePointer(element, 'up', x, y);
      if (element instanceof HTMLElement) element.click();
      else element.dispatchEvent(new MouseEvent('click', pointerInit(x, y, 0)));
    },
  };
}

function keyAction(rng: Rng, candidates: Element[]): FuzzAction {
  const lecture = isInLecture();
  // Half the time the key goes to whatever has focus now (as a clicker's keys do).
  const target = rng.next() < 0.5 ? (pickTarget(rng, candidates)?.element ?? null) : null;
  const key = pick(rng, lecture ? LECTURE_KEYS : KEYS);
  const shiftKey = rng.next() < 0.1;
  const name = key === ' ' ? 'Space' : key;
  return {
    description: `key ${shiftKey ? 'Shift+' : ''}${name} on ${target ? describe(target) : 'focused'}`,
    run: () => {
      if (target) focus(target);
      const element = document.activeElement ?? document.body;
      const init = { key, bubbles: true, cancelable: true, composed: true, shiftKey };
      element.dispatchEvent(new KeyboardEvent('keydown', init));
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keyup', init));
    },
  };
}

const valueSetter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

function rangeAction(rng: Rng, candidates: Element[]): FuzzAction | null {
  const ranges = candidates.filter(
    (element): element is HTMLInputElement =>
      element instanceof HTMLInputElement && element.type === 'range' && !element.disabled,
  );
  if (ranges.length === 0) return null;
  const input = pick(rng, ranges);
  const min = Number(input.min || 0);
  const max = Number(input.max || 100);
  const step = input.step === 'any' ? (max - min) / 100 : Number(input.step || 1);
  const draw = rng.next();
  // Ends of the range a little more often than the middle: that is where charts break.
  const fraction = draw < 0.15 ? 0 : draw > 0.85 ? 1 : rng.next();
  const steps = Math.round(((max - min) / step) * fraction);
  const value = String(Number((min + steps * step).toFixed(10)));
  return {
    description: `range ${describe(input)} = ${value}`,
    run: () => {
      focus(input);
      valueSetter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}

function selectAction(rng: Rng, candidates: Element[]): FuzzAction | null {
  const selects = candidates.filter(
    (element): element is HTMLSelectElement =>
      element instanceof HTMLSelectElement && !element.disabled && element.options.length > 0,
  );
  if (selects.length === 0) return null;
  const select = pick(rng, selects);
  const index = Math.floor(rng.next() * select.options.length);
  return {
    description: `select ${describe(select)} = option ${index}`,
    run: () => {
      focus(select);
      select.selectedIndex = index;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}

function textAction(rng: Rng, candidates: Element[]): FuzzAction | null {
  const fields = candidates.filter(
    (element): element is HTMLInputElement =>
      element instanceof HTMLInputElement &&
      ['text', 'number', 'search'].includes(element.type) &&
      !element.disabled,
  );
  if (fields.length === 0) return null;
  const input = pick(rng, fields);
  const value = pick(rng, ['', '0', '1', '3', '-1', '99999', '2.5', 'abc', '1e9']);
  return {
    description: `type ${describe(input)} = "${value}"`,
    run: () => {
      focus(input);
      valueSetter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
}

/** Hover, press or drag over a figure, at a seeded point of its box. */
function pointerAction(rng: Rng): FuzzAction | null {
  const figures = [...document.querySelectorAll('svg')].filter(
    (svg) => isUsable(svg) && !svg.parentElement?.closest('svg'),
  );
  const large = figures.filter((svg) => {
    const box = svg.getBoundingClientRect();
    return box.width >= 40 && box.height >= 40;
  });
  if (large.length === 0) return null;
  const index = Math.floor(rng.next() * large.length);
  const svg = large[index]!;
  const gesture = pick(rng, ['hover', 'hover', 'press', 'drag'] as const);
  const points = Array.from({ length: gesture === 'drag' ? 2 : 1 }, () => [rng.next(), rng.next()]);
  const name = figureName(svg);
  const where = points.map(([fx, fy]) => `(${fx!.toFixed(2)}, ${fy!.toFixed(2)})`).join(' → ');
  return {
    description: `pointer ${gesture} svg ${index}/${large.length} "${name}" at ${where}`,
    run: () => {
      svg.scrollIntoView({ block: 'nearest' });
      const box = svg.getBoundingClientRect();
      const at = ([fx, fy]: number[]) =>
        [box.left + fx! * box.width, box.top + fy! * box.height] as const;
      const [x, y] = at(points[0]!);
      const target = moveTo(x, y);
      if (gesture === 'hover') return;
      firePointer(target, 'down', x, y, 1);
      if (gesture === 'drag') {
        const [x2, y2] = at(points[1]!);
        for (let k = 1; k <= 4; k += 1) {
          moveTo(x + ((x2 - x) * k) / 4, y + ((y2 - y) * k) / 4, 1);
        }
        firePointer(document.elementFromPoint(x2, y2) ?? target, 'up', x2, y2);
        return;
      }
      firePointer(target, 'up', x, y);
      target.dispatchEvent(new MouseEvent('click', pointerInit(x, y, 0)));
    },
  };
}

export type Kind = 'click' | 'key' | 'range' | 'select' | 'text' | 'pointer';

const WEIGHTS: readonly [Kind, number][] = [
  ['click', 36],
  ['key', 24],
  ['range', 14],
  ['select', 6],
  ['text', 3],
  ['pointer', 17],
];
const LECTURE_WEIGHTS: readonly [Kind, number][] = [
  ['click', 25],
  ['key', 45],
  ['range', 8],
  ['select', 4],
  ['text', 3],
  ['pointer', 15],
];

export function drawKind(rng: Rng): Kind {
  const weights = isInLecture() ? LECTURE_WEIGHTS : WEIGHTS;
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = rng.next() * total;
  for (const [kind, weight] of weights) {
    draw -= weight;
    if (draw < 0) return kind;
  }
  return 'click';
}

/**
 * The next action of a seeded kind (see drawKind), with a seeded target among what the page
 * offers now. Pointer actions aim at points in a figure's box: call them once layout has settled.
 */
export function buildAction(kind: Kind, rng: Rng): FuzzAction {
  const candidates = controls();
  const action =
    kind === 'range'
      ? rangeAction(rng, candidates)
      : kind === 'select'
        ? selectAction(rng, candidates)
        : kind === 'text'
          ? textAction(rng, candidates)
          : kind === 'pointer'
            ? pointerAction(rng)
            : kind === 'key'
              ? keyAction(rng, candidates)
              : clickAction(rng, candidates);
  // A kind with nothing to act on falls back to a key press (always possible).
  return action ?? keyAction(rng, candidates);
}
