/** Reads every JSON file in data/ (recursively) as text, keyed by its path relative to the root. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export function readDataTexts(root: string, dir = 'data'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        out[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(join(root, dir));
  return out;
}
