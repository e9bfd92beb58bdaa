/**
 * The root <svg> of every chart: sized in CSS pixels with a matching viewBox, and named by the
 * figure's title and description. role="img" for pictures; role="group" when the chart holds
 * focusable controls (an img hides its children from assistive technology).
 */
import { forwardRef, type ReactNode, type SVGProps } from 'react';

export interface ChartSvgProps extends Omit<SVGProps<SVGSVGElement>, 'role' | 'ref'> {
  width: number;
  height: number;
  titleId: string;
  descriptionId: string;
  role?: 'img' | 'group';
  children: ReactNode;
}

export const ChartSvg = forwardRef<SVGSVGElement, ChartSvgProps>(function ChartSvg(
  { width, height, titleId, descriptionId, role = 'img', children, ...rest },
  ref,
) {
  return (
    <svg
      ref={ref}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      {...rest}
    >
      {children}
    </svg>
  );
});
