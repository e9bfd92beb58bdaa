/**
 * A study in a link: the study file, compressed (deflate-raw, the platform's CompressionStream)
 * and written in base64url into the URL's fragment — `#own=1.<data>` — which browsers never send
 * to a server. Reading a fragment checks every step, so a link cut short or edited by hand gives
 * a clear message rather than an error.
 */
import { MAX_STUDY_FILE_BYTES } from '../data/constants';
import type { FileProblemCode } from '../data/fileProblems';

export const FRAGMENT_KEY = 'own';
/** The format of the data after `#own=`: version 1 is deflate-raw in base64url. */
const FORMAT = '1.';
/** Links longer than this are hard to share (some chat and mail programs cut them). */
export const MAX_LINK_CHARS = 8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function streamOf(bytes: Uint8Array): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes as Uint8Array<ArrayBuffer>);
      controller.close();
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new LinkError('linkTooLarge');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A problem with a link's study: its code (the reader sees it worded, src/messages/fileProblems.ts). */
export class LinkError extends Error {
  constructor(readonly code: FileProblemCode) {
    super(code);
  }
}

/** The fragment's study data (after `#own=`), or null when the fragment carries none. */
export function fragmentData(hash: string): string | null {
  const match = new RegExp(`^#${FRAGMENT_KEY}=(.*)$`, 's').exec(hash);
  return match ? match[1]! : null;
}

/** The study file's text → the data for `#own=`. */
export async function compressStudy(text: string): Promise<string> {
  const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(
    new CompressionStream('deflate-raw'),
  );
  return FORMAT + toBase64Url(await readAll(stream, Number.POSITIVE_INFINITY));
}

/** The data after `#own=` → the study file's text; throws LinkError saying what is wrong. */
export async function decompressStudy(data: string): Promise<string> {
  if (!data.startsWith(FORMAT)) {
    throw new LinkError('linkFormat');
  }
  const body = data.slice(FORMAT.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) {
    throw new LinkError('linkCharacters');
  }
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(body);
  } catch {
    throw new LinkError('linkBase64');
  }
  try {
    const stream = streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw'));
    const out = await readAll(stream, MAX_STUDY_FILE_BYTES);
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch (error) {
    if (error instanceof LinkError) throw error;
    throw new LinkError('linkUnpack');
  }
}

export type ShareLink = { url: string; length: number; max: number; tooLong: boolean };

/**
 * The link that opens `studyId` from its file text: this page's address with the study chosen
 * (and the Designs view, if the Overview is shown; the theme left to whoever opens it), and the
 * study in the fragment.
 */
export async function shareLinkFor(
  text: string,
  studyId: string,
  location: Pick<Location, 'origin' | 'pathname' | 'search'>,
): Promise<ShareLink> {
  const params = new URLSearchParams(location.search);
  params.set('study', studyId);
  params.delete('theme'); // the reader's display choice, not part of what is shared
  if (!params.get('view') || params.get('view') === 'overview') params.set('view', 'designs');
  const url = `${location.origin}${location.pathname}?${params.toString()}#${FRAGMENT_KEY}=${await compressStudy(text)}`;
  return { url, length: url.length, max: MAX_LINK_CHARS, tooLong: url.length > MAX_LINK_CHARS };
}
