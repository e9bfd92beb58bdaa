/**
 * Exports a figure: a self-contained SVG (computed styles written as presentation attributes,
 * title, description, summary, sources with tiers and the permalink embedded), a 2× PNG for
 * slides, and a CSV of exactly the rows in the figure's table with tier and source columns.
 * Loaded only when a reader asks for an export. Its words (captions, column names) are the shell
 * catalogue's, in the reader's language.
 */
import { t } from '../messages/i18n';
import { TIERS } from '../data/constants';
import type { TierName } from '../data/schema';

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FigureText {
  title: string;
  description: string;
  summary: string;
  /**
   * "label (tier), doi:…" strings for the sources the figure draws on (the DOI, or the registry
   * record, where the source has one), or a provenance note.
   */
  sources: string[];
  permalink: string;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'figure'
  );
}

/** Copy the computed look of `source` onto `target` as presentation attributes (CSP-safe). */
function inlineStyles(source: Element, target: Element) {
  const computed = getComputedStyle(source);
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property);
    if (value && value !== 'normal' && value !== 'auto') target.setAttribute(property, value);
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const child = targetChildren[i];
    if (child) inlineStyles(sourceChildren[i]!, child);
  }
}

function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > maxChars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/** A standalone SVG document of the chart with its caption, sources and permalink. */
export function buildSvg(svg: SVGSVGElement, text: FigureText): string {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-labelledby');
  clone.removeAttribute('aria-describedby');
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');

  const fontSize = 13;
  const lineHeight = fontSize * 1.4;
  const maxChars = Math.max(30, Math.floor(width / (fontSize * 0.56)));
  const header = [...wrap(text.title, maxChars)];
  const footer = [
    ...wrap(text.summary, maxChars),
    ...wrap(t('export.sources', { list: text.sources.join('; ') }), maxChars),
    ...wrap(t('export.live', { url: text.permalink }), maxChars),
  ];
  const top = header.length * lineHeight + fontSize;
  const total = top + height + footer.length * lineHeight + fontSize;
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const textColour = getComputedStyle(document.body).color || '#000000';
  const font = getComputedStyle(document.body).fontFamily;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(total));
  root.setAttribute('viewBox', `0 0 ${width} ${total}`);
  root.setAttribute('font-family', font);
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = text.title;
  const desc = doc.createElementNS(SVG_NS, 'desc');
  desc.textContent = [
    text.description,
    text.summary,
    t('export.sources', { list: text.sources.join('; ') }),
    text.permalink,
  ].join(' ');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  root.append(title, desc, bg);
  const addLines = (lines: string[], y0: number, weight: string) =>
    lines.forEach((line, index) => {
      const t = doc.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', '0');
      t.setAttribute('y', String(y0 + index * lineHeight));
      t.setAttribute('font-size', String(fontSize));
      t.setAttribute('font-weight', weight);
      t.setAttribute('fill', textColour);
      t.textContent = line;
      root.append(t);
    });
  addLines(header, fontSize * 1.2, '700');
  const chart = doc.importNode(clone, true) as unknown as SVGSVGElement;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(top));
  root.append(chart);
  addLines(footer, top + height + fontSize * 1.4, '400');
  return new XMLSerializer().serializeToString(doc);
}

function download(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(svg: SVGSVGElement, text: FigureText) {
  download(new Blob([buildSvg(svg, text)], { type: 'image/svg+xml' }), `${slug(text.title)}.svg`);
}

/** Render the standalone SVG to a canvas at `scale`× and download it as PNG. */
export async function downloadPng(svg: SVGSVGElement, text: FigureText, scale = 2): Promise<void> {
  const markup = buildSvg(svg, text);
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error(t('export.notDrawn')));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('export.noCanvas'));
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(t('export.notEncoded'));
    download(blob, `${slug(text.title)}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The figure's table as CSV: the visible cell texts (tier markers removed), then one column of
 * the tiers and one of the sources of the facts in that row (or the figure's provenance note).
 * `citations` maps a source's label to how it is cited (with its DOI); unknown labels stay as
 * they are.
 */
export function tableToCsv(
  table: HTMLTableElement,
  provenance: string | null,
  citations: ReadonlyMap<string, string> = new Map(),
): string {
  const text = (cell: Element) => {
    const copy = cell.cloneNode(true) as Element;
    for (const marker of copy.querySelectorAll('.tier-marker, .toggletip__panel')) marker.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const rows: string[][] = [];
  const header = table.querySelector('thead tr');
  const headerCells = header ? [...header.children].map(text) : [];
  rows.push([...headerCells, t('export.csv.tier'), t('export.csv.source')]);
  for (const row of table.querySelectorAll('tbody tr')) {
    const cells = [...row.children].map(text);
    const facts = [...row.querySelectorAll('[data-tier]')];
    const tiers = facts.map((fact) => {
      const tier = fact.getAttribute('data-tier') ?? '';
      return (TIERS as readonly string[]).includes(tier) ? t(`tier.${tier as TierName}`) : tier;
    });
    const sources = facts.map((fact) => {
      const label = fact.getAttribute('data-source') ?? '';
      return citations.get(label) ?? label;
    });
    rows.push([
      ...cells,
      tiers.length > 0 ? [...new Set(tiers)].join('; ') : (provenance ?? ''),
      sources.length > 0 ? [...new Set(sources)].join('; ') : provenance ? t('export.thisApp') : '',
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(',')).join('\n') + '\n';
}

export function downloadCsv(
  table: HTMLTableElement,
  provenance: string | null,
  title: string,
  citations?: ReadonlyMap<string, string>,
) {
  download(
    new Blob([tableToCsv(table, provenance, citations)], { type: 'text/csv' }),
    `${slug(title)}.csv`,
  );
}
