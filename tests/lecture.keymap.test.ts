// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { lectureAction, type KeyContext } from '../src/lecture/keymap';
import { DECK, SLIDE_COUNT, clampSlide, slideDocument } from '../src/lecture/deck';

const on = (key: string, over: Partial<KeyContext> = {}): KeyContext => ({
  key,
  tagName: 'BODY',
  role: null,
  inputType: null,
  isContentEditable: false,
  hasModifier: false,
  ...over,
});

describe('lecture keyboard map', () => {
  it('maps clicker and reveal.js keys', () => {
    const map = (keys: string[]) => keys.map((key) => lectureAction(on(key)));
    expect(map(['ArrowRight', ' ', 'n', 'N', 'PageDown'])).toEqual(Array(5).fill('next'));
    expect(map(['ArrowLeft', 'p', 'P', 'PageUp'])).toEqual(Array(4).fill('previous'));
    expect(map(['Home', 'End'])).toEqual(['first', 'last']);
    expect(map(['b', 'B', '.'])).toEqual(['blackout', 'blackout', 'blackout']);
    expect(map(['f', 'o', 'Escape', 'g', 's', '?'])).toEqual([
      'fullscreen',
      'overview',
      'escape',
      'goto',
      'presenter',
      'help',
    ]);
    expect(lectureAction(on('x'))).toBeNull();
  });

  it('ignores keys while typing or working a slider or radio, except Escape', () => {
    expect(lectureAction(on('n', { tagName: 'INPUT', inputType: 'text' }))).toBeNull();
    expect(lectureAction(on('ArrowRight', { tagName: 'INPUT', inputType: 'range' }))).toBeNull();
    expect(lectureAction(on('ArrowRight', { tagName: 'G', role: 'slider' }))).toBeNull();
    expect(lectureAction(on(' ', { tagName: 'INPUT', inputType: 'radio' }))).toBeNull();
    expect(lectureAction(on('b', { tagName: 'TEXTAREA' }))).toBeNull();
    expect(lectureAction(on('Escape', { tagName: 'INPUT', inputType: 'text' }))).toBe('escape');
    expect(lectureAction(on('ArrowRight', { tagName: 'INPUT', inputType: 'checkbox' }))).toBe(
      'next',
    );
    expect(lectureAction(on('ArrowRight', { hasModifier: true }))).toBeNull();
  });
});

describe('lecture deck', () => {
  it('has 20–30 steps, each with a title and notes', () => {
    expect(SLIDE_COUNT).toBeGreaterThanOrEqual(20);
    expect(SLIDE_COUNT).toBeLessThanOrEqual(30);
    for (const step of DECK.steps) expect(step.notes.length).toBeGreaterThan(40);
    expect(DECK.steps.some((step) => step.view === 'blockade' && step.state === '')).toBe(true);
    expect(
      DECK.steps.some((step) => step.view === 'blockade' && step.state.includes('revealed=1')),
    ).toBe(true);
    expect(DECK.steps.some((step) => step.view === 'lab')).toBe(true);
  });

  it('turns a step into a full document state, keeping theme and presenter flag', () => {
    const index = DECK.steps.findIndex((step) => step.state.includes('sequence=BA'));
    const doc = slideDocument(index + 1, { theme: 'projector', presenter: false });
    expect(doc).toMatchObject({
      view: 'designs',
      sequence: 'BA',
      lecture: true,
      slide: index + 1,
      theme: 'projector',
    });
    expect(clampSlide(0)).toBe(1);
    expect(clampSlide(999)).toBe(SLIDE_COUNT);
  });
});
