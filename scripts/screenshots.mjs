#!/usr/bin/env node
// Takes screenshots of the built app: node scripts/screenshots.mjs [outDir] [query ...]
// Each query is shot at phone (390 px) and desktop (1280 px) widths, in light, dark and projector.
import { mkdirSync } from 'node:fs';
import { serveStatic } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';

const [outDir = 'screenshots', ...queries] = process.argv.slice(2);
const views = queries.length > 0 ? queries : ['view=overview', 'view=sources'];
const widths = (process.env.WIDTHS ?? '390,1280').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark,projector').split(',');
const fullPage = process.env.FULL !== '0';
mkdirSync(outDir, { recursive: true });

const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const query of views) {
    for (const theme of themes) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        page.on('console', (msg) => {
          if (msg.type() === 'error') console.error(`[console] ${query}: ${msg.text()}`);
        });
        await page.goto(`${server.url}?${query}&theme=${theme}`);
        await page.waitForSelector('main h1');
        const name = `${outDir}/${query.replace(/[^a-z0-9]+/gi, '_')}-${theme}-${width}.png`;
        await page.screenshot({ path: name, fullPage });
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
