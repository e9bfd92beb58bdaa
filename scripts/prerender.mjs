#!/usr/bin/env node
/**
 * First paint from the build (issue #14): after `vite build`, this opens each view of dist/ in the
 * system Chromium — English, default settings, 1280 px wide — and saves what the app drew as
 * dist/prerender/<view>.js (the markup as a string, handed to view-preload.js). On a first visit
 * to a plain link (`?view=designs`, or no query at all), the view-preload script at the start of
 * the body writes that saved page into the page as it is parsed, inert, while the app's script
 * loads; the app then draws the same page and replaces it (scripts/vitePlugins.ts,
 * viewPreload). The saved page is exactly what the app draws for that address, so nothing shown is
 * made up; any other address, language, narrow screen, a page already controlled by the offline
 * service worker, or a browser that keeps a reader's own studies gets no saved page.
 *
 * Each saved page lists the stylesheets the app had applied. Inline `style` attributes are kept as
 * `data-prerender-style` (the page's CSP allows no inline style in parsed HTML; view-preload
 * applies them through the CSSOM). Without a Chromium, the
 * build goes on without saved pages and says so: the app works the same, only its first paint
 * waits for the script.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, launchChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

// PRERENDER_DIST and PRERENDER_SCREENS are for comparing variants with `npm run bench:ui -- --dist`.
const dist = process.env.PRERENDER_DIST ?? new URL('../dist/', import.meta.url).pathname;
/** How much of the page is kept, in screens of PRERENDER_HEIGHT (see capture). */
const SCREENS = Number(process.env.PRERENDER_SCREENS ?? 1.15);
const PRELOAD = join(dist, 'view-preload.js');
const PLACEHOLDER = 'var prerendered = {};';
/** The same name as SAVED_PAGE_CALLBACK in scripts/vitePlugins.ts. */
const SAVED_PAGE_CALLBACK = 'ketamineSavedPage';
const VIEWS = ['overview', 'designs', 'timeline', 'blockade', 'lab', 'sources'];
export const PRERENDER_WIDTH = 1280;
const PRERENDER_HEIGHT = 800;

if (!existsSync(PRELOAD) || !readFileSync(PRELOAD, 'utf8').includes(PLACEHOLDER)) {
  console.error(
    'prerender: dist/view-preload.js (with its placeholder) is missing; run vite build',
  );
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  console.log(
    `prerender: skipped (no Chromium at ${CHROMIUM_PATH}); first paint waits for the app`,
  );
  process.exit(0);
}

/** In the page: wait until the view's figures are drawn and nothing is loading. */
function settled() {
  const root = document.getElementById('root');
  if (!root?.querySelector('main .view')) return false;
  if (root.querySelector('.loading, [aria-busy="true"], progress')) return false;
  const drawn = [...root.querySelectorAll('figure svg')].some((svg) =>
    svg.querySelector('path, rect, line, circle, polyline, polygon'),
  );
  return drawn || !root.querySelector('figure');
}

/**
 * In the page: the root's markup, inline styles moved to data attributes. Only what begins in the
 * first 920 px is kept (what lies wholly below is left out): the saved page is there for the first
 * paint, and the less there is to lay out, the sooner that paint comes.
 */
function capture(limit) {
  const root = document.getElementById('root');
  const below = [];
  const walk = (element) => {
    for (const child of element.children) {
      if (child.getBoundingClientRect().top > limit) below.push(child);
      else if (!(child instanceof SVGElement)) walk(child);
    }
  };
  walk(root);
  below.forEach((element) => element.setAttribute('data-prerender-cut', ''));
  const copy = root.cloneNode(true);
  below.forEach((element) => element.removeAttribute('data-prerender-cut'));
  copy.querySelectorAll('[data-prerender-cut]').forEach((element) => element.remove());
  for (const element of copy.querySelectorAll('[style]')) {
    element.setAttribute('data-prerender-style', element.getAttribute('style'));
    element.removeAttribute('style');
  }
  // Live regions would announce the saved page; it is inert and hidden from assistive technology.
  for (const element of copy.querySelectorAll('[aria-live]')) element.removeAttribute('aria-live');
  // Ids stay with the app's page (the skip link's #main, labels); a drawing keeps its own, which
  // its markers and gradients refer to.
  for (const element of copy.querySelectorAll('[id]')) {
    if (!(element instanceof SVGElement)) element.removeAttribute('id');
  }
  // One <main> in the document: the saved page's is a plain box with the same classes.
  for (const main of copy.querySelectorAll('main')) {
    const box = document.createElement('div');
    for (const { name, value } of main.attributes) box.setAttribute(name, value);
    box.replaceChildren(...main.childNodes);
    main.replaceWith(box);
  }
  // The stylesheets the page uses then (a view's lazy figures bring their own).
  const styles = [...document.querySelectorAll('link[rel="stylesheet"]')].map((link) =>
    new URL(link.href).pathname.replace(/^\//, ''),
  );
  return { html: copy.innerHTML, styles };
}

/** The stylesheets index.html links itself (the entry's), as paths under dist/. */
const pageStyles = new Set(
  [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<link\b[^>]*>/g)]
    .map(([tag]) => tag)
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .map((tag) => /\bhref="\.?\/?([^"]+)"/.exec(tag)?.[1])
    .filter(Boolean),
);

const server = await serveStatic(dist);
const browser = await launchChromium();
const saved = {};
try {
  mkdirSync(join(dist, 'prerender'), { recursive: true });
  for (const view of VIEWS) {
    const context = await browser.newContext({
      viewport: { width: PRERENDER_WIDTH, height: PRERENDER_HEIGHT },
      locale: 'en-GB',
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(view === 'overview' ? server.url : `${server.url}?view=${view}`);
    await page.waitForFunction(settled, null, { timeout: 60_000, polling: 100 });
    await page.waitForTimeout(800);
    await page.waitForFunction(settled, null, { timeout: 60_000, polling: 100 });
    if (errors.length > 0) throw new Error(`prerender: ${view}: ${errors.join('; ')}`);
    const { html, styles } = await page.evaluate(capture, PRERENDER_HEIGHT * SCREENS);
    const file = `prerender/${view}.js`;
    // A classic script handing the markup to view-preload.js (scripts/vitePlugins.ts), which
    // writes it into the page while it is parsed. The markup is a JSON string: never evaluated.
    writeFileSync(join(dist, file), `${SAVED_PAGE_CALLBACK}(${JSON.stringify(html)});\n`);
    // The page's own stylesheets are in its head already; view-preload writes only the others.
    saved[view] = { file, styles: styles.filter((style) => !pageStyles.has(style)) };
    console.log(`prerender: ${file} (${(html.length / 1024).toFixed(0)} KiB)`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const script = readFileSync(PRELOAD, 'utf8');
writeFileSync(PRELOAD, script.replace(PLACEHOLDER, `var prerendered = ${JSON.stringify(saved)};`));
