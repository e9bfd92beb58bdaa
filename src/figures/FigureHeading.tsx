/**
 * A figure's title at the heading level its frame needs: under a section's h2 in a view (h3),
 * under the slide's title in a lecture (h2), or alone in a one-figure embed (h1).
 */
import type { ReactNode } from 'react';
import { useFigureFrame } from './frame';

export function FigureHeading({
  id,
  className,
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const frame = useFigureFrame();
  const Tag = frame === 'embed' ? 'h1' : frame === 'slide' ? 'h2' : 'h3';
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
