// @vitest-environment node
/**
 * Ready for right-to-left: stylesheets use logical properties (margin-inline-start, text-align:
 * start, inset-inline-end…), never left/right ones, so a right-to-left language mirrors the layout.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cssFiles(join(dir, entry.name))
      : entry.name.endsWith('.css')
        ? [join(dir, entry.name)]
        : [],
  );
}

const PHYSICAL =
  /(^|[\s;{])((margin|padding|border)-(left|right)(-[a-z]+)?|left|right|float|clear)\s*:|text-align:\s*(left|right)/;

describe('stylesheets', () => {
  it('use logical properties, not left and right', () => {
    const found = cssFiles('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line: line.trim(), at: `${file}:${index + 1}` }))
        .filter(({ line }) => PHYSICAL.test(line) && !line.startsWith('/*'))
        .map(({ line, at }) => `${at}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
