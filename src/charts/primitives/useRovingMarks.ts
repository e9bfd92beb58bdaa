/**
 * Charts you can walk: a chart's marks (elements with `data-mark`) share one tab stop, and the
 * arrow keys move focus from mark to mark (roving tabindex, as in the WAI-ARIA toolbar and grid
 * patterns). Right/Down go forward, Left/Up back, Home/End to the ends; Escape leaves the chart for
 * the next control after it. Each mark names itself (label, value and tier) in its accessible
 * name, so a screen reader announces it as it receives focus, and the focus ring shows where it is.
 *
 * Written once, used by the frame every chart sits in (ChartFigure); a chart only marks its marks
 * with `markProps` (or `data-mark` on an element that already has a role and a name). Marks walk in
 * document order unless they carry `data-mark-order` (a number; ties keep document order).
 *
 * Keys the walk uses do not reach window listeners (the lecture's slide keys): while a mark has
 * focus, arrows move within the chart; Escape leaves it and the next Escape is the lecture's.
 */
import { useCallback, type RefCallback } from 'react';
import { t, type MessageId } from '../../messages/i18n';
import './marks.css';

const MARK = '[data-mark]';

/**
 * How a mark says a fact's tier: " (paper)", " (not reported)"; nothing when its text already
 * says "not reported".
 */
export function tierSuffix(tier: string | undefined, text: string): string {
  if (!tier) return '';
  const said = t(`tier.${tier}` as MessageId);
  return text.includes(said) ? '' : ` (${said})`;
}

/** Props that make an SVG element a walkable mark named by `label`. */
export function markProps(label: string, order?: number) {
  return {
    'data-mark': '',
    'data-mark-order': order,
    role: 'img',
    'aria-label': label,
  } as const;
}

function orderOf(element: Element): number {
  const order = Number(element.getAttribute('data-mark-order'));
  return element.hasAttribute('data-mark-order') && Number.isFinite(order) ? order : 0;
}

/** The container's marks in walking order. */
export function marksIn(container: Element): Element[] {
  const marks = [...container.querySelectorAll(MARK)];
  if (!marks.some((mark) => mark.hasAttribute('data-mark-order'))) return marks;
  return marks
    .map((mark, index) => ({ mark, index, order: orderOf(mark) }))
    .sort((a, b) => a.order - b.order || a.index - b.index)
    .map(({ mark }) => mark);
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** The first control after `container` in tab order (a simple document-order approximation). */
function nextTabbableAfter(container: Element): HTMLElement | SVGElement | null {
  for (const element of document.querySelectorAll<HTMLElement | SVGElement>(TABBABLE)) {
    if (container.contains(element)) continue;
    if (!(container.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility()) continue;
    return element;
  }
  return null;
}

/** A ref for the element that holds a chart: makes its marks one tab stop walked with the keys. */
export function useRovingMarks(): RefCallback<HTMLElement> {
  return useCallback((container: HTMLElement | null) => {
    if (!container) return;
    // The mark that holds the tab stop; kept when the chart re-renders (by element, else index).
    let current: Element | null = null;
    let currentIndex = 0;

    const sync = () => {
      const marks = marksIn(container);
      if (marks.length === 0) return;
      if (!current || !marks.includes(current)) {
        currentIndex = Math.min(currentIndex, marks.length - 1);
        current = marks[currentIndex]!;
      } else {
        currentIndex = marks.indexOf(current);
      }
      for (const mark of marks) {
        const tabIndex = mark === current ? '0' : '-1';
        if (mark.getAttribute('tabindex') !== tabIndex) mark.setAttribute('tabindex', tabIndex);
      }
    };

    const moveTo = (marks: Element[], index: number) => {
      current = marks[index]!;
      currentIndex = index;
      sync();
      (current as HTMLElement | SVGElement).focus();
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const mark = event.target instanceof Element ? event.target.closest(MARK) : null;
      if (!mark || !container.contains(mark)) return;
      const marks = marksIn(container);
      const index = marks.indexOf(mark);
      const last = marks.length - 1;
      let next: number;
      switch (event.key) {
        case 'ArrowRight':
        case 'ArrowDown':
          next = Math.min(last, index + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
          next = Math.max(0, index - 1);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = last;
          break;
        case 'Escape': {
          event.preventDefault();
          event.stopPropagation();
          nextTabbableAfter(container)?.focus();
          return;
        }
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
      moveTo(marks, next);
    };

    // A mark focused by a click or a tap takes the tab stop.
    const onFocusIn = (event: FocusEvent) => {
      const mark = event.target instanceof Element ? event.target.closest(MARK) : null;
      if (!mark || !container.contains(mark) || mark === current) return;
      current = mark;
      sync();
    };

    sync();
    // Marks come and go as the chart re-renders (a stage revealed, a bin filled): keep one stop.
    const observer = new MutationObserver(sync);
    observer.observe(container, { childList: true, subtree: true });
    container.addEventListener('keydown', onKeyDown);
    container.addEventListener('focusin', onFocusIn);
    return () => {
      observer.disconnect();
      container.removeEventListener('keydown', onKeyDown);
      container.removeEventListener('focusin', onFocusIn);
    };
  }, []);
}
