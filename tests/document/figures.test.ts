// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../src/document/figures';
import { FIELDS, VIEWS } from '../../src/document/fields';

describe('the figure list', () => {
  it('names only real views and document fields', () => {
    for (const figure of FIGURES) {
      expect(VIEWS).toContain(figure.view);
      for (const key of [...figure.reads, ...figure.controls])
        expect(Object.keys(FIELDS)).toContain(key);
      for (const key of figure.controls) expect(figure.reads).toContain(key);
    }
  });

  it('has unique ids, each a value of the `figure` field', () => {
    const ids = FIGURES.map((figure) => figure.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(FIELDS.figure.values).toEqual(['none', ...ids]);
  });
});
