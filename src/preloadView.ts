/**
 * Imported first by main.tsx: starts the chunk of the view named in the address (the Overview when
 * none is named) before the rest of the entry is evaluated. A loose read of `?view=` (the codec
 * checks it properly a moment later; a wrong guess only loads a chunk early). Lecture, handout and embed pages are left to main.tsx.
 */
import { preloadViewChunk } from './viewChunks';

const query = new URLSearchParams(window.location.search);
const view = query.get('view') ?? 'overview';
if (!query.has('lecture') && !query.has('print') && !query.has('embed')) {
  preloadViewChunk(view);
}
