/**
 * A QR code drawn as SVG rects from the `qrcode` library's module matrix (no HTML injection).
 * Part of the handout chunk, so the library loads only when a handout is opened.
 */
import { useMemo } from 'react';
import QRCode from 'qrcode';

export function QrCode({
  text,
  size = 160,
  label,
}: {
  text: string;
  size?: number;
  label: string;
}) {
  const matrix = useMemo(() => QRCode.create(text, { errorCorrectionLevel: 'M' }).modules, [text]);
  const quiet = 4;
  const count = matrix.size + 2 * quiet;
  const cells = [];
  for (let row = 0; row < matrix.size; row += 1) {
    for (let col = 0; col < matrix.size; col += 1) {
      if (matrix.data[row * matrix.size + col]) {
        cells.push(
          <rect key={`${row}-${col}`} x={col + quiet} y={row + quiet} width={1.02} height={1.02} />,
        );
      }
    }
  }
  return (
    <svg
      className="qr"
      width={size}
      height={size}
      viewBox={`0 0 ${count} ${count}`}
      role="img"
      aria-label={label}
    >
      <rect width={count} height={count} className="qr__bg" />
      <g className="qr__cells">{cells}</g>
    </svg>
  );
}
