/**
 * Measures a chart's container: its content width and the computed font size (which the projector
 * theme enlarges), updated on resize. Returns a ref to attach and the current size.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export interface ChartSize {
  width: number;
  fontSize: number;
}

export function useChartDimensions<T extends HTMLElement>(fallbackWidth = 640) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState<ChartSize>({ width: fallbackWidth, fontSize: 14 });

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.round(element.clientWidth);
      const fontSize = parseFloat(getComputedStyle(element).fontSize) || 14;
      setSize((previous) =>
        previous.width === width && previous.fontSize === fontSize
          ? previous
          : { width: width > 0 ? width : fallbackWidth, fontSize },
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallbackWidth]);

  return [ref, size] as const;
}
