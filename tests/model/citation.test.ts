// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation } from '../../src/model/citation';

const input = {
  title: 'Ketamine crossover studies, explained',
  author: 'Ketamine Crossover Explainer contributors',
  version: '0.1.0',
  year: 2026,
  url: 'https://example.org/app/',
  accessed: '2026-11-20',
};

describe('citations of the app', () => {
  it('apaCitation follows APA 7 for software', () => {
    expect(apaCitation(input)).toBe(
      'Ketamine Crossover Explainer contributors. (2026). Ketamine crossover studies, explained (Version 0.1.0) [Interactive web application]. Retrieved November 20, 2026, from https://example.org/app/',
    );
  });

  it('bibtexCitation escapes special characters and keeps the author as one group', () => {
    const bib = bibtexCitation({ ...input, title: 'A & B_c' });
    expect(bib).toContain('title = {A \\& B\\_c},');
    expect(bib).toContain('author = {{Ketamine Crossover Explainer contributors}},');
    expect(bib.startsWith('@software{ketamine_explainer_2026,')).toBe(true);
    expect(bib.trim().endsWith('}')).toBe(true);
  });
});
