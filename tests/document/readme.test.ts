// @vitest-environment node
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { URL_TABLE_END, URL_TABLE_START, urlTableMarkdown } from '../../src/document/readme';
import { FIELD_KEYS } from '../../src/document/fields';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
let readme = readFileSync(README, 'utf8');

// `npm run docs:url-table` sets UPDATE_README=1: write the generated table into the README first.
if (process.env.UPDATE_README === '1') {
  const start = readme.indexOf(URL_TABLE_START);
  const end = readme.indexOf(URL_TABLE_END);
  if (start < 0 || end < start) throw new Error('README.md has no url-table markers');
  readme = `${readme.slice(0, start + URL_TABLE_START.length)}\n\n${urlTableMarkdown()}\n\n${readme.slice(end)}`;
  writeFileSync(README, readme);
}

/** Table rows as trimmed cells, so Prettier's column alignment does not matter. */
function rows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.trim().startsWith('|') && !/^\|\s*-/.test(line.trim()))
    .map((line) =>
      line
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('the README’s URL table', () => {
  it('is the table generated from the document fields (run npm run docs:url-table)', () => {
    const start = readme.indexOf(URL_TABLE_START);
    const end = readme.indexOf(URL_TABLE_END);
    expect(start).toBeGreaterThan(0);
    expect(rows(readme.slice(start, end))).toEqual(rows(urlTableMarkdown()));
  });

  it('lists every field', () => {
    const listed = rows(urlTableMarkdown()).map((row) => row[0]);
    for (const key of FIELD_KEYS) expect(listed).toContain(`\`${key}\``);
  });
});
