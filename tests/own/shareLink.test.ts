/** A study in a link: compressed into the fragment and back; a damaged fragment says what is wrong. */
import { describe, expect, it } from 'vitest';
import {
  compressStudy,
  decompressStudy,
  fragmentData,
  LinkError,
  MAX_LINK_CHARS,
  shareLinkFor,
} from '../../src/own/shareLink';
import { FICTIONAL_FILE_TEXT } from '../fixtures/fictionalStudy';

const PAGE = {
  origin: 'https://example.org',
  pathname: '/app/',
  search: '?view=overview&theme=dark',
};

describe('shareLinkFor', () => {
  it('puts the study, compressed, after #own=, and chooses the study and the Designs view', async () => {
    const text = JSON.stringify(JSON.parse(FICTIONAL_FILE_TEXT));
    const link = await shareLinkFor(text, 'fictional-2030', PAGE);
    const url = new URL(link.url);
    expect(url.origin + url.pathname).toBe('https://example.org/app/');
    expect(url.searchParams.get('study')).toBe('fictional-2030');
    expect(url.searchParams.get('view')).toBe('designs');
    expect(url.searchParams.has('theme')).toBe(false);
    expect(url.hash).toMatch(/^#own=1\.[A-Za-z0-9_-]+$/);
    // Compressed: far shorter than the file itself.
    expect(link.length).toBeLessThan(text.length / 2);
    expect(link.tooLong).toBe(false);
    expect(await decompressStudy(fragmentData(url.hash)!)).toBe(text);
  });

  it('says when the link is too long to share', async () => {
    // Random text does not compress: the link grows past the limit.
    const noise = Array.from({ length: 9000 }, (_, i) => ((i * 7919) % 9973).toString(36)).join('');
    const link = await shareLinkFor(noise, 'big', PAGE);
    expect(link.length).toBeGreaterThan(MAX_LINK_CHARS);
    expect(link.tooLong).toBe(true);
  });
});

describe('decompressStudy', () => {
  it('round-trips any text, including non-ASCII', async () => {
    const text = '{"title":"Ketamin – Studie über Anhedonie, 日本語"}';
    expect(await decompressStudy(await compressStudy(text))).toBe(text);
  });

  it.each([
    ['an unknown format', '2.abc', 'linkFormat'],
    ['characters a link cannot contain', '1.abc$def', 'linkCharacters'],
    ['data that is not deflate', '1.aGVsbG8gd29ybGQ', 'linkUnpack'],
    ['an empty body', '1.', 'linkCharacters'],
  ])('refuses %s with a LinkError', async (_name, data, code) => {
    const failure = decompressStudy(data);
    await expect(failure).rejects.toBeInstanceOf(LinkError);
    await expect(failure).rejects.toMatchObject({ code });
  });

  it('refuses a link cut short', async () => {
    const data = await compressStudy(FICTIONAL_FILE_TEXT);
    await expect(decompressStudy(data.slice(0, data.length - 40))).rejects.toBeInstanceOf(
      LinkError,
    );
  });
});

describe('fragmentData', () => {
  it('reads only #own=', () => {
    expect(fragmentData('#own=1.abc')).toBe('1.abc');
    expect(fragmentData('#flow-figure')).toBeNull();
    expect(fragmentData('')).toBeNull();
  });
});
