#!/usr/bin/env node
// Reports the gzip size of the JavaScript the first page loads — the entry script and every chunk
// it statically imports (Vite preloads those) — and fails if it exceeds the budget.
// Lazy chunks (later views) are listed separately and do not count.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KIB = 95;
const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('bundle-size: no entry in dist/.vite/manifest.json');

const initial = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  (chunk.css ?? []).forEach((file) => css.add(file));
  (chunk.imports ?? []).forEach(visit);
};
visit(entryKey);

const rows = [...initial].map((file) => ({ file, gzipBytes: gz(file) }));
const totalJs = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
const cssBytes = [...css].reduce((sum, file) => sum + gz(file), 0);
const lazy = Object.values(manifest)
  .filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file))
  .map((chunk) => ({ file: chunk.file, gzipBytes: gz(chunk.file) }));

const report = {
  initialJsGzipKiB: +(totalJs / 1024).toFixed(1),
  budgetKiB: BUDGET_KIB,
  initialCssGzipKiB: +(cssBytes / 1024).toFixed(1),
  initialChunks: rows,
  lazyChunks: lazy,
};
console.log(JSON.stringify(report, null, 2));
if (totalJs > BUDGET_KIB * 1024) {
  console.error(
    `bundle-size: initial JS ${report.initialJsGzipKiB} KiB gzip exceeds the ${BUDGET_KIB} KiB budget`,
  );
  process.exit(1);
}
console.log(
  `bundle-size: initial JS ${report.initialJsGzipKiB} KiB gzip, within the ${BUDGET_KIB} KiB budget`,
);
