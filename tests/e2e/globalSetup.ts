import { existsSync } from 'node:fs';

export default function setup() {
  if (!existsSync('dist/index.html')) {
    throw new Error('No build found: run `npm run build` before `npm run test:browser`.');
  }
}
