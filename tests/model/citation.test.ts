// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { apaArticle, apaCitation, bibtexArticle, bibtexCitation } from '../../src/model/citation';
import { sourceById } from '../../src/data/studies';

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

describe('citations of the studies', () => {
  const hess = sourceById('hess-2024');
  const ref = { ...hess.reference!, doi: hess.doi };

  it('APA 7, with a "Jr." suffix and "&" before the last author', () => {
    expect(apaArticle(ref)).toBe(
      'Hess, E. M., Greenstein, D. K., Hutchinson, O. L., Zarate, C. A., Jr., & Gould, T. D. (2024). Entactogen effects of ketamine: A reverse-translational study. American Journal of Psychiatry, 181(9), 815–823. https://doi.org/10.1176/appi.ajp.20230980',
    );
  });

  it('BibTeX @article with "and"-separated authors and a double-dash page range', () => {
    const bib = bibtexArticle(ref);
    expect(bib.split('\n')[0]).toBe('@article{hess2024,');
    expect(bib).toContain(
      'author = {Hess, E. M. and Greenstein, D. K. and Hutchinson, O. L. and Zarate, Jr., C. A. and Gould, T. D.},',
    );
    expect(bib).toContain('pages = {815--823},');
    expect(bib).toContain('doi = {10.1176/appi.ajp.20230980},');
  });
});
