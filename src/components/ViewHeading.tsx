/**
 * The <h1> of a view, with the view's "Show sources" switch beside it. After an in-app navigation (not on first load) it takes focus when it
 * mounts, so keyboard and screen-reader users start at the new view — also when the view arrives
 * late as a lazily loaded chunk.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { SourcesSwitch } from '../controls/SourcesSwitch';

let focusPending = false;

/** Ask the next view heading that mounts to take focus. */
export function requestViewFocus(): void {
  focusPending = true;
}

export function ViewHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  // A layout effect, so focus moves in the same commit that shows the heading.
  useLayoutEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    ref.current?.focus();
  }, []);
  return (
    <div className="view-heading">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {/* One switch per view: provenance written out, or compact markers (src/controls). */}
      <SourcesSwitch />
    </div>
  );
}
