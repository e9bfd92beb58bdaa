/**
 * The floor for `npm run bench:ui`: a bare React 19 page with one range input moving one SVG bar.
 * Nothing else — no store, no charts library — so its key-press and first-paint figures show what
 * React and the browser cost on this machine, and the app's figures are read as ratios to it.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

const WIDTH = 400;
const MAX = 200;

function Floor() {
  const [value, setValue] = useState(68);
  return (
    <main>
      <h1>Floor</h1>
      <label>
        Value{' '}
        <input
          type="range"
          min={0}
          max={MAX}
          step={1}
          value={value}
          onChange={(event) => setValue(Number(event.target.value))}
        />
        <output>{value}</output>
      </label>
      <figure>
        <svg width={WIDTH} height={40} viewBox={`0 0 ${WIDTH} 40`} role="img" aria-label="A bar">
          <rect x={0} y={10} width={(value / MAX) * WIDTH} height={20} fill="steelblue" />
        </svg>
      </figure>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  <StrictMode>
    <Floor />
  </StrictMode>,
);
