/**
 * Wraps a wide table so that on a narrow screen the table scrolls sideways inside its own box
 * instead of widening the page. The box is focusable and labelled, so keyboard users can scroll it.
 */
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
