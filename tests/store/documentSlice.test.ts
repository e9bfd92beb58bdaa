// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { resetExplorerStore, useExplorerStore } from '../../src/store';
import { DEFAULT_DOCUMENT, FIELDS, fieldsOfScope, rangeOf } from '../../src/document/fields';

beforeEach(() => resetExplorerStore());

describe('the document slice, built from the field table', () => {
  it('clamps every number to its field’s one range (the slider’s range too)', () => {
    const state = useExplorerStore.getState();
    state.setLabNumber('n', 10_000);
    expect(useExplorerStore.getState().n).toBe(FIELDS.n.max);
    expect(rangeOf('n').max).toBe(FIELDS.n.max);
    state.setLabNumber('washout', -4);
    expect(useExplorerStore.getState().washout).toBe(0);
    state.setDay(Number.NaN);
    expect(useExplorerStore.getState().day).toBe(FIELDS.day.min);
    state.applyLabPreset({ n: 3, rho: 0.999, washout: 30 });
    expect(useExplorerStore.getState()).toMatchObject({ n: 4, rho: 0.95, washout: 30 });
  });

  it('resets only the current view’s fields: an embedded, themed lab stays embedded and themed', () => {
    const state = useExplorerStore.getState();
    state.applyDocument({
      ...DEFAULT_DOCUMENT,
      view: 'lab',
      theme: 'projector',
      embed: true,
      n: 30,
      washout: 2,
      day: 9,
      study: 'williams-2018',
    });
    useExplorerStore.getState().resetCurrentView();
    expect(useExplorerStore.getState()).toMatchObject({
      view: 'lab',
      theme: 'projector',
      embed: true,
      n: DEFAULT_DOCUMENT.n,
      washout: DEFAULT_DOCUMENT.washout,
      day: 9,
      study: 'williams-2018',
    });
  });

  it('gives every field a scope, and every view’s reset a field list', () => {
    expect(fieldsOfScope('designs')).toEqual(['study', 'sequence', 'by', 'step']);
    expect(fieldsOfScope('mode')).toEqual([
      'lecture',
      'slide',
      'presenter',
      'embed',
      'print',
      'fuzz',
      'fuzzEvents',
      'figure',
    ]);
    expect(fieldsOfScope('blockade')).toEqual(['revealed', 'predictEffect', 'predictDissociation']);
  });
});
