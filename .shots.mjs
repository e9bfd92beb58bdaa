import { serveStatic } from './scripts/static-server.mjs';
import { launchChromium } from './scripts/chromium.mjs';
const jobs = JSON.parse(process.argv[2]);
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const job of jobs) {
  const context = await browser.newContext({ viewport: { width: job.w, height: job.h ?? 800 } });
  const page = await context.newPage();
  await page.goto(`${server.url}${job.url}`);
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(job.wait ?? 800);
  if (job.keys) for (const k of job.keys) { await page.keyboard.press(k); await page.waitForTimeout(300); }
  if (job.eval) console.log(job.name, JSON.stringify(await page.evaluate(job.eval)));
  await page.screenshot({ path: `/tmp/shots/${job.name}.png`, fullPage: job.full ?? false });
  await context.close();
}
await browser.close();
await server.close();
