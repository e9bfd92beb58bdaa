import { describe, expect, it } from 'vitest';
import {
  firstPaintDone,
  firstPaintWait,
  loadedOverview,
  preloadFirstView,
} from '../../src/viewChunks';

const page = { lecture: false, print: false, embed: false, figure: 'none' };

describe('the first view’s chunk', () => {
  it('holds the first paint for the Overview only, until its chunk is here', async () => {
    preloadFirstView({ ...page, view: 'designs' });
    expect(firstPaintWait()).toBeNull();
    preloadFirstView({ ...page, view: 'overview', embed: true, figure: 'flow' });
    expect(firstPaintWait()).toBeNull();

    preloadFirstView({ ...page, view: 'overview' });
    const wait = firstPaintWait();
    expect(wait).not.toBeNull();
    await wait;
    expect(loadedOverview()?.Overview).toBeTypeOf('function');
    firstPaintDone();
    expect(firstPaintWait()).toBeNull();
  });
});
