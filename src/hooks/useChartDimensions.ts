/**
 * Measures a chart's container: its content width and the computed font size (which the projector
 * theme enlarges), updated on resize. Returns a ref to attach and the current size.
 *
 * Where ResizeObserver exists, the size comes from one shared observer: its first report for a
 * chart arrives after the browser's own layout and before paint, and the update is rendered at
 * once (flushSync), so the chart is painted at its real width without a forced synchronous layout
 * in a layout effect — and a chart that is off screen (content-visibility: auto) is not laid out
 * for it until it comes near the viewport. A new chart starts from the last size measured.
 * Without ResizeObserver (jsdom), the container is measured in a layout effect as before.
 *
 * The observer watches a probe, not the container: an invisible first child as wide as the
 * container's content and 1em tall (so its height is the font size, and a theme that enlarges the
 * type reports too). The container's own height is the chart's, which changes when the chart
 * re-renders inside the observer's callback; observing it would make every resize a second,
 * undelivered notification ("ResizeObserver loop completed with undelivered notifications").
 * On a slide the container itself is observed: its height is set by the slide (a flex item taking
 * the space under the title), not by the chart, so it is safe and it is what the chart needs.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useFigureFrame } from '../figures/frame';
import './useChartDimensions.css';

export interface ChartSize {
  width: number;
  fontSize: number;
  /**
   * The height a chart may fill, or 0 when it sets its own. Only a slide gives its charts a
   * definite height (the canvas is a flex item that takes the space left under the title), so a
   * chart can lay itself out for the slide instead of being scaled down to fit it.
   */
  height: number;
}

const same = (a: ChartSize, b: ChartSize) =>
  a.width === b.width && a.fontSize === b.fontSize && a.height === b.height;

type Listener = (entry: ResizeObserverEntry) => void;

const listeners = new Map<Element, Listener>();
/**
 * Charts not yet measured (e.g. off screen under content-visibility: auto, which the observer does
 * not report until they are laid out): they take the size just measured for another chart, the
 * best guess of their own, and are corrected when their own report arrives.
 */
const unmeasured = new Map<Element, (size: ChartSize) => void>();
let observer: ResizeObserver | null = null;
/** The last size measured: most charts of a page share their width. */
let lastSize: ChartSize | null = null;

function observe(
  element: Element,
  listener: Listener,
  provisional: (size: ChartSize) => void,
): () => void {
  if (!observer) {
    observer = new ResizeObserver((entries) => {
      // One synchronous render for every chart that changed, before this frame is painted.
      flushSync(() => {
        for (const entry of entries) {
          unmeasured.delete(entry.target);
          listeners.get(entry.target)?.(entry);
        }
        const guess = lastSize;
        if (guess) for (const provisional of unmeasured.values()) provisional(guess);
      });
    });
  }
  listeners.set(element, listener);
  unmeasured.set(element, provisional);
  observer.observe(element);
  return () => {
    listeners.delete(element);
    unmeasured.delete(element);
    observer?.unobserve(element);
  };
}

export function useChartDimensions<T extends HTMLElement>(fallbackWidth = 640) {
  const ref = useRef<T>(null);
  // Heights are tracked only on slides: in a view the chart's own height sets its container's,
  // and reporting it back would cost every chart a second render.
  const tracksHeight = useFigureFrame() === 'slide';
  const [size, setSize] = useState<ChartSize>(() => ({
    ...(lastSize ?? { width: fallbackWidth, fontSize: 14 }),
    height: 0,
  }));

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = (measured: number, fontSize: number, measuredHeight: number) => {
      const width = Math.round(measured);
      const height = tracksHeight ? Math.round(measuredHeight) : 0;
      setSize((previous) => {
        const next = { width: width > 0 ? width : fallbackWidth, fontSize, height };
        if (width > 0) lastSize = next;
        return same(previous, next) ? previous : next;
      });
    };
    const fontSizeOf = () => parseFloat(getComputedStyle(element).fontSize) || 14;
    if (typeof ResizeObserver === 'undefined') {
      update(element.clientWidth, fontSizeOf(), element.clientHeight);
      return;
    }
    let probe: HTMLElement | null = null;
    if (!tracksHeight) {
      probe = document.createElement('div');
      probe.className = 'chart-size-probe';
      probe.setAttribute('aria-hidden', 'true');
      element.prepend(probe);
    }
    const stop = observe(
      probe ?? element,
      (entry) => {
        const box = entry.contentBoxSize?.[0];
        // Style and layout are clean when the observer reports, so these reads force nothing.
        update(
          box ? box.inlineSize : entry.contentRect.width,
          fontSizeOf(),
          box ? box.blockSize : entry.contentRect.height,
        );
      },
      (guess) =>
        setSize((previous) => {
          const next = { ...guess, height: previous.height };
          return same(previous, next) ? previous : next;
        }),
    );
    return () => {
      stop();
      probe?.remove();
    };
  }, [fallbackWidth, tracksHeight]);

  return [ref, size] as const;
}
