#!/usr/bin/env node
/**
 * UI benchmark: `npm run bench:ui` (issue #14). A benchmark, not a test — it prints JSON and exits 0
 * however slow the machine is; CI does not run it.
 *
 * What it does
 *   1. Takes the app's production build: runs `npm run build`, or, with --no-build (or
 *      BENCH_UI_NO_BUILD=1), takes dist/ as it is when dist/index.html exists.
 *   2. Builds the floor — bench/floor/, a bare React 19 page with one <input type=range> moving one
 *      SVG bar — with its own Vite config into a temporary directory.
 *   3. Serves both on 127.0.0.1 (scripts/static-server.mjs) and drives the system Chromium
 *      (scripts/chromium.mjs; never a downloaded browser) with the CPU throttled 4× through the
 *      DevTools protocol (Emulation.setCPUThrottlingRate), a 1280×900 viewport, a fresh browser
 *      context per page.
 *
 * Key press: input to next paint (the Event Timing API, as INP measures it)
 *   The page gets, before its own scripts run, a PerformanceObserver of type 'event' with
 *   durationThreshold 16 (the smallest the API allows) and a capture-phase keydown listener that
 *   notes each key press's event.timeStamp. The slider is focused and pressed ~35 times with
 *   ArrowRight (ArrowLeft once it reaches its maximum, and back), waiting for the next frame and
 *   then 100 ms between presses, as a person tapping a key would. Each Event Timing entry (keydown,
 *   input, change, keyup…) belongs to the latest press that started at or before it; a press's
 *   duration is the longest of its entries: from the key press to the next paint after every
 *   handler and render it caused. The API rounds durations to 8 ms and does not report events
 *   under 16 ms, so a press with no entry counts as 16 ms (`belowThreshold` counts them). That
 *   floors every figure at 16 ms; ratios to the floor are therefore, if anything, too kind.
 *   `nextFrame` is a second, finer reading of the same thing: from the key press to a message
 *   posted from the next requestAnimationFrame callback, which runs once that frame's style,
 *   layout and paint are done on the main thread (it does not see the compositor).
 *
 * Cold load: navigation to first chart painted
 *   A fresh context per load (empty cache), throttled before navigation. A MutationObserver
 *   installed before the page's scripts waits for the first `figure svg` that has a drawn shape
 *   (path, rect, line, circle, polyline or polygon) in it; the time is taken when a message posted
 *   from the next requestAnimationFrame callback arrives — the end of the frame that first paints
 *   the chart — in ms since navigation start. The floor's chart is its one bar. Median of several
 *   loads; first-contentful-paint is given alongside, and `appChartMedian`: the same moment for
 *   the app's own first chart (inside #root), drawn by its script — later than the first chart
 *   when the build's saved first page (scripts/prerender.mjs) was shown while the script loaded.
 *
 * Initial JS: gzip (level 9) of the entry chunk and every chunk it statically imports, from each
 *   build's .vite/manifest.json — the rule of scripts/bundle-size.mjs.
 *
 * Profile: `npm run bench:ui -- --profile [--profile-dir DIR]` instead records, at the same 4×
 *   throttle, (a) V8 CPU profiles (Profiler.start/stop) of 20 key presses on the lab's participants
 *   and correlation sliders and on the day cursor and of the cold load of ?view=designs, against an unminified build
 *   with source maps so functions keep their names and files, and (b) Chromium traces of the same
 *   against dist/ for the browser's own style, layout and paint time and long tasks. It writes the
 *   .cpuprofile and trace files to the directory and prints a summary. See docs/performance.md.
 *
 * Options: --no-build, --dist DIR (a build to take as it is, e.g. an older one to compare),
 *   --presses N (35), --loads N (7), --gap MS (100), --only NAME,… (sliders: dayCursor,
 *   labParticipants, labWashout, labCorrelation; `--only none` for cold loads alone), --profile,
 *   --profile-dir DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg as osLoadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { serveStatic } from './static-server.mjs';
import { launchChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const THROTTLE = 4;
const VIEWPORT = { width: 1280, height: 900 };

const { values: opts } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: process.env.BENCH_UI_NO_BUILD === '1' },
    presses: { type: 'string', default: process.env.BENCH_UI_PRESSES ?? '35' },
    loads: { type: 'string', default: process.env.BENCH_UI_LOADS ?? '7' },
    gap: { type: 'string', default: '100' },
    profile: { type: 'boolean', default: false },
    'profile-dir': { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
  },
});
const PRESSES = Number(opts.presses);
const LOADS = Number(opts.loads);
const GAP_MS = Number(opts.gap);
/** The 1-, 5- and 15-minute load averages: other work on the machine shows here. */
const loadavg = () => osLoadavg().map((x) => round(x, 2));
const log = (...args) => console.error('[bench:ui]', ...args);

// ---------------------------------------------------------------- builds

function appDist() {
  if (opts.dist) {
    log(`taking ${opts.dist} as it is (--dist)`);
    return resolve(opts.dist);
  }
  const dist = join(ROOT, 'dist');
  if (opts['no-build'] && existsSync(join(dist, 'index.html'))) {
    log('taking dist/ as it is (--no-build)');
    return dist;
  }
  log('npm run build');
  // The build's own report goes to stderr, so stdout carries only this benchmark's JSON.
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) throw new Error('npm run build failed');
  return dist;
}

async function viteBuild(configFile, outDir, extra = {}) {
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, configFile),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...extra },
  });
  return outDir;
}

/** Initial JS, gzip bytes: the entry chunk and its static imports (as scripts/bundle-size.mjs). */
function initialJsGzip(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  visit(entry);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  return bytes;
}

// ---------------------------------------------------------------- in-page probes

/** Installed before the page's own scripts (through the DevTools protocol, so the CSP allows it). */
function probe() {
  const bench = {
    events: [],
    presses: [],
    frames: [],
    firstChart: null,
    chartInDom: null,
    appChart: null,
  };
  window.__bench = bench;
  const afterNextFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.events.push({
          name: e.name,
          startTime: e.startTime,
          duration: e.duration,
          interactionId: e.interactionId ?? 0,
          processingStart: e.processingStart,
          processingEnd: e.processingEnd,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    bench.noEventTiming = true;
  }
  window.addEventListener(
    'keydown',
    (event) => {
      const index = bench.presses.length;
      bench.presses.push(event.timeStamp);
      afterNextFrame((t) => (bench.frames[index] = t - event.timeStamp));
    },
    { capture: true },
  );
  const SHAPES = 'path, rect, line, circle, polyline, polygon';
  // A drawn chart that is shown: not inside something hidden (the saved page waits, unseen, for
  // its stylesheets).
  const hasChart = (within) =>
    [...within.querySelectorAll('figure svg')].some(
      (svg) =>
        svg.querySelector(SHAPES) &&
        (typeof svg.checkVisibility !== 'function' ||
          svg.checkVisibility({ visibilityProperty: true })),
    );
  // The first chart seen (the build's saved first page, if shown) and the app's own, drawn by
  // its script (in #root; the floor has no saved page, so both are the same there).
  const observer = new MutationObserver(() => {
    if (bench.chartInDom === null && hasChart(document)) {
      bench.chartInDom = performance.now();
      afterNextFrame((t) => (bench.firstChart = t));
    }
    const root = document.getElementById('root');
    if (bench.appChart === null && root && hasChart(root)) {
      bench.appChart = 0;
      afterNextFrame((t) => (bench.appChart = t));
    }
    if (bench.chartInDom !== null && bench.appChart !== null) observer.disconnect();
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class'],
  });
}

// ---------------------------------------------------------------- measuring

const quantile = (sorted, q) => {
  if (sorted.length === 0) return null;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
const round = (x, digits = 1) => (x === null ? null : +x.toFixed(digits));
const sortNum = (xs) => [...xs].sort((a, b) => a - b);

async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(probe);
  page.on('pageerror', (error) => log('page error:', error.message));
  return { context, page, cdp };
}

const settle = (page, ms) =>
  page.evaluate(
    (wait) =>
      new Promise((done) =>
        requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => done()), wait)),
      ),
    ms,
  );

/** Reads a slider's value and bounds (an <input type=range> or an ARIA slider). */
const readSlider = (element) =>
  element.evaluate((el) => {
    const num = (name, fallback) => Number(el.getAttribute(name) ?? fallback);
    if (el instanceof HTMLInputElement)
      return { value: Number(el.value), min: Number(el.min), max: Number(el.max) };
    return {
      value: num('aria-valuenow'),
      min: num('aria-valuemin', 0),
      max: num('aria-valuemax', 100),
    };
  });

/** Presses keys on a focused slider, bouncing between its ends; returns the raw readings. */
async function pressSlider(page, locator, presses) {
  // One handle, found once: reading it costs the page no role queries between presses.
  const element = await locator.elementHandle();
  await element.focus();
  let key = 'ArrowRight';
  let moved = 0;
  for (let i = 0; i < presses; i += 1) {
    const before = await readSlider(element);
    if (key === 'ArrowRight' && before.value >= before.max) key = 'ArrowLeft';
    else if (key === 'ArrowLeft' && before.value <= before.min) key = 'ArrowRight';
    await page.keyboard.press(key);
    await settle(page, 0);
    const after = await readSlider(element);
    if (after.value !== before.value) moved += 1;
    await page.waitForTimeout(GAP_MS);
  }
  await page.waitForTimeout(400); // let the last entries be delivered
  const bench = await page.evaluate(() => window.__bench);
  await element.dispose();
  return { moved, bench };
}

/** Pools the readings of one or more sessions on a slider into one summary. */
function summarisePresses(runs) {
  const durations = [];
  const frameTimes = [];
  let moved = 0;
  for (const { moved: m, bench } of runs) {
    moved += m;
    const starts = bench.presses;
    const own = starts.map(() => null);
    for (const entry of bench.events) {
      let owner = -1;
      for (let i = 0; i < starts.length; i += 1) if (starts[i] <= entry.startTime + 1) owner = i;
      if (owner >= 0) own[owner] = Math.max(own[owner] ?? 0, entry.duration);
    }
    durations.push(...own);
    frameTimes.push(...bench.frames.filter((t) => typeof t === 'number'));
  }
  const below = durations.filter((d) => d === null).length;
  const sorted = sortNum(durations.map((d) => d ?? 16));
  const frames = sortNum(frameTimes);
  return {
    presses: durations.length,
    moved,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    max: round(sorted.at(-1) ?? null),
    overOneFrame: sorted.filter((d) => d > 16.7).length,
    belowThreshold: below,
    nextFrame: {
      p50: round(quantile(frames, 0.5)),
      p95: round(quantile(frames, 0.95)),
    },
    ...(runs.some((r) => r.bench.noEventTiming) ? { error: 'no Event Timing API' } : {}),
  };
}

async function openAndWait(browser, url, locate) {
  const handle = await throttledPage(browser);
  await handle.page.goto(url, { waitUntil: 'load' });
  const locator = locate(handle.page);
  await locator.waitFor({ state: 'visible', timeout: 60_000 });
  // Let the cold load's own work (lazy chunks, first simulation) finish before pressing.
  await handle.page.waitForTimeout(1500);
  await settle(handle.page, 50);
  return { ...handle, locator };
}

async function pressReadings(browser, url, locate) {
  const { context, page, locator } = await openAndWait(browser, url, locate);
  try {
    return await pressSlider(page, locator, PRESSES);
  } finally {
    await context.close();
  }
}

/** One cold load: ms from navigation start to first chart painted, and first-contentful-paint. */
async function coldLoad(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => window.__bench.firstChart !== null && window.__bench.appChart > 0,
      null,
      { timeout: 60_000, polling: 50 },
    );
    return await page.evaluate(() => ({
      chart: window.__bench.firstChart,
      appChart: window.__bench.appChart,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    }));
  } finally {
    await context.close();
  }
}

function summariseLoads(readings) {
  const sorted = sortNum(readings.map((r) => r.chart));
  const fcp = sortNum(readings.map((r) => r.fcp).filter((t) => t !== null));
  return {
    loads: sorted.length,
    median: round(quantile(sorted, 0.5), 0),
    min: round(sorted[0], 0),
    max: round(sorted.at(-1), 0),
    fcpMedian: round(quantile(fcp, 0.5), 0),
    appChartMedian: round(quantile(sortNum(readings.map((r) => r.appChart)), 0.5), 0),
  };
}

// ---------------------------------------------------------------- the sliders

const SLIDERS = {
  dayCursor: {
    query: '?view=timeline',
    locate: (page) => page.getByRole('slider', { name: 'Day since treatment' }),
  },
  labParticipants: {
    query: '?view=lab',
    locate: (page) => page.getByRole('slider', { name: /^Participants/ }),
  },
  labWashout: {
    query: '?view=lab',
    locate: (page) => page.getByRole('slider', { name: /^Washout/ }),
  },
  labCorrelation: {
    query: '?view=lab',
    locate: (page) => page.getByRole('slider', { name: /^Within-person correlation/ }),
  },
};
const floorSlider = (page) => page.getByRole('slider');

// ---------------------------------------------------------------- benchmark

function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  return {
    nproc: cpus().length,
    cpu: model.trim(),
    node: process.version,
    chromium: browserVersion,
    cpuThrottle: THROTTLE,
  };
}

async function benchmark() {
  const loadStart = loadavg();
  const tmp = mkdtempSync(join(tmpdir(), 'bench-ui-'));
  const dist = appDist();
  log('building the floor');
  const floorDist = await viteBuild('bench/floor/vite.config.mjs', join(tmp, 'floor'));
  const app = await serveStatic(dist);
  const floor = await serveStatic(floorDist);
  const browser = await launchChromium();
  try {
    const only = opts.only ? new Set(opts.only.split(',')) : null;
    const sliders = Object.entries(SLIDERS).filter(([name]) => !only || only.has(name));
    // The floor is measured before and after the app's sliders and its presses pooled, so a change
    // in the machine's load during the run weighs on both sides of each ratio.
    const floorRuns = [];
    const floorPresses = async () => {
      log('key presses: floor');
      floorRuns.push(await pressReadings(browser, floor.url, floorSlider));
    };
    const keyPress = {};
    await floorPresses();
    for (const [name, slider] of sliders) {
      log(`key presses: ${name}`);
      keyPress[name] = summarisePresses([
        await pressReadings(browser, app.url + slider.query, slider.locate),
      ]);
    }
    await floorPresses();
    keyPress.floor = summarisePresses(floorRuns);
    for (const [name] of sliders) {
      keyPress[name].ratioP50 = round(keyPress[name].p50 / keyPress.floor.p50, 2);
      keyPress[name].ratioP95 = round(keyPress[name].p95 / keyPress.floor.p95, 2);
    }

    // Cold loads interleaved (floor, designs, lab, floor, …) for the same reason.
    const pages = {
      floor: floor.url,
      designs: `${app.url}?view=designs`,
      lab: `${app.url}?view=lab`,
    };
    const loads = { floor: [], designs: [], lab: [] };
    for (let i = 0; i < LOADS; i += 1) {
      log(`cold loads: round ${i + 1} of ${LOADS}`);
      for (const [name, url] of Object.entries(pages))
        loads[name].push(await coldLoad(browser, url));
    }
    const firstChart = { floor: summariseLoads(loads.floor) };
    for (const view of ['designs', 'lab']) {
      firstChart[view] = summariseLoads(loads[view]);
      firstChart[view].ratio = round(firstChart[view].median / firstChart.floor.median, 2);
    }

    const appJs = initialJsGzip(dist);
    const floorJs = initialJsGzip(floorDist);
    const initialJsGzipKiB = {
      app: round(appJs / 1024),
      floor: round(floorJs / 1024),
      ratio: round(appJs / floorJs, 2),
    };

    // Issue #14's targets, all as ratios to the floor measured in this run.
    const ratioTarget = (name, limit) =>
      keyPress[name] && { limit: `p95 ≤ ${limit}× floor`, met: keyPress[name].ratioP95 <= limit };
    const targets = {
      dayCursorP95: ratioTarget('dayCursor', 2),
      labParticipantsP95: ratioTarget('labParticipants', 2.5),
      labWashoutP95: ratioTarget('labWashout', 2.5),
      labCorrelationP95: ratioTarget('labCorrelation', 2.5),
      firstChartDesigns: { limit: '≤ 1.4× floor', met: firstChart.designs.ratio <= 1.4 },
      firstChartLab: { limit: '≤ 1.4× floor', met: firstChart.lab.ratio <= 1.4 },
      initialJs: { limit: '≤ 95 KiB gzip', met: initialJsGzipKiB.app <= 95 },
    };
    for (const key of Object.keys(targets)) if (!targets[key]) delete targets[key];
    const report = {
      machine: { ...machine(browser.version()), loadAverage: { start: loadStart, end: loadavg() } },
      units: 'ms; key press = Event Timing duration (8 ms steps, floored at 16 ms)',
      keyPress,
      firstChart,
      initialJsGzipKiB,
      targets,
      allTargetsMet: Object.values(targets).every((t) => t.met),
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
    await app.close();
    await floor.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- profile

/** Self time per function and per file from a V8 CPU profile; files mapped through source maps. */
async function summariseCpuProfile(profile, assetsDir) {
  let TraceMap = null;
  let originalPositionFor = null;
  try {
    ({ TraceMap, originalPositionFor } = await import('@jridgewell/trace-mapping'));
  } catch {
    log('no @jridgewell/trace-mapping: files are reported as built chunks');
  }
  const maps = new Map();
  const mapFor = (url) => {
    const file = url.split('/').pop();
    if (!maps.has(file)) {
      const path = join(assetsDir, `${file}.map`);
      maps.set(
        file,
        TraceMap && existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null,
      );
    }
    return maps.get(file);
  };
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + dt);
  });
  const fileOf = new Map();
  const locate = (id) => {
    if (fileOf.has(id)) return fileOf.get(id);
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    // No address but a line: a script the harness put in the page (Playwright's injected script).
    let file = url
      ? url.replace(/^.*\/assets\//, 'assets/')
      : lineNumber >= 0 && !functionName.startsWith('(')
        ? '(benchmark harness, injected)'
        : functionName || '(native, no script)';
    const map = url.includes('/assets/') ? mapFor(url) : null;
    if (map) {
      const pos = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (pos.source) {
        file = pos.source.replace(/^.*?\b(src|node_modules)\//, '$1/');
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
        if (pkg) file = `${pkg[1]} (${file.split('/').pop()})`;
      }
    }
    const located = { fn: `${functionName || '(anonymous)'} — ${file}`, file };
    fileOf.set(id, located);
    return located;
  };
  const byFunction = new Map();
  const byFile = new Map();
  // Inclusive time of the app's own functions (src/): the components and hooks that cause the work.
  const inclusiveSrc = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const { functionName } = nodes.get(id).callFrame;
    if (functionName === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    const { fn, file } = locate(id);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const group = file.replace(/ \(.*\)$/, '');
    byFile.set(group, (byFile.get(group) ?? 0) + us);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parentOf.get(at)) {
      const frame = locate(at);
      if (frame.file.startsWith('src/') && !seen.has(frame.fn)) {
        seen.add(frame.fn);
        inclusiveSrc.set(frame.fn, (inclusiveSrc.get(frame.fn) ?? 0) + us);
      }
    }
  }
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: round(us / 1000), share: round(us / total, 3) }));
  return {
    busyMs: round(total / 1000),
    idleMs: round(idle / 1000),
    topFunctions: top(byFunction, 25),
    topFiles: top(byFile, 15),
    topAppFunctionsInclusive: top(inclusiveSrc, 20),
  };
}

/**
 * Trace events that open a category; an event not listed takes its nearest listed ancestor's
 * category (so a forced layout inside a script counts as layout, V8 internals inside a script as
 * scripting). Time in a task under none of these is 'other' (task scheduling, IPC, input routing,
 * the DevTools protocol the harness speaks).
 */
const CATEGORY = {
  scripting: [
    'FunctionCall',
    'EvaluateScript',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'v8.callFunction',
    'v8.run',
    'V8.Execute',
    'MajorGC',
    'MinorGC',
    'FireIdleCallback',
    'HandlePostMessage',
  ],
  style: [
    'UpdateLayoutTree',
    'RecalculateStyles',
    'Document::recalcStyle',
    'ParseAuthorStyleSheet',
  ],
  layout: [
    'Layout',
    'LocalFrameView::performLayout',
    'HitTest',
    'IntersectionObserverController::computeIntersections',
  ],
  paint: [
    'PrePaint',
    'Paint',
    'Layerize',
    'UpdateLayer',
    'UpdateLayerTree',
    'Commit',
    'PaintImage',
    'CompositeLayers',
    'Blink.PrePaint.UpdateTime',
    'Blink.Paint.UpdateTime',
    'Blink.CompositingInputs.UpdateTime',
    'PaintArtifactCompositor::Update',
  ],
  parse: ['ParseHTML'],
};
const categoryOf = new Map(
  Object.entries(CATEGORY).flatMap(([cat, names]) => names.map((n) => [n, cat])),
);
const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';

/** Main-thread time by category, and long tasks, from a Chromium trace. */
function summariseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const threadName = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name);
  }
  const complete = (key) =>
    events
      .filter((e) => e.ph === 'X' && e.dur >= 0 && `${e.pid}:${e.tid}` === key)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** Walks one thread's events as a tree: top-level tasks, and self time by category and name. */
  const walk = (key) => {
    const stack = [];
    const nodes = [];
    for (const e of complete(key)) {
      while (stack.length && stack.at(-1).end <= e.ts) stack.pop();
      const parent = stack.at(-1) ?? null;
      const node = {
        name: e.name,
        dur: e.dur,
        end: e.ts + e.dur,
        childDur: 0,
        top: parent === null,
        cat: categoryOf.get(e.name) ?? parent?.cat ?? 'other',
      };
      if (parent && node.end <= parent.end) parent.childDur += e.dur;
      stack.push(node);
      nodes.push(node);
    }
    return nodes;
  };
  const renderers = [...threadName].filter(([, name]) => name === 'CrRendererMain');
  const busyOf = (nodes) => nodes.filter((n) => n.top).reduce((sum, n) => sum + n.dur, 0);
  const [mainKey] = renderers
    .map(([key]) => [key, busyOf(walk(key))])
    .sort((a, b) => b[1] - a[1])[0] ?? [null];
  const nodes = mainKey ? walk(mainKey) : [];
  const busyUs = busyOf(nodes);
  const byCategory = { scripting: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 };
  const byName = new Map();
  for (const node of nodes) {
    const own = Math.max(0, node.dur - node.childDur);
    byCategory[node.cat] += own;
    byName.set(node.name, (byName.get(node.name) ?? 0) + own);
  }
  const long = nodes.filter((n) => n.top && isTask(n) && n.dur > 50_000).map((n) => n.dur / 1000);
  const workerBusyUs = [...threadName]
    .filter(([, name]) => /Worker/.test(name ?? ''))
    .reduce((sum, [key]) => sum + busyOf(walk(key)), 0);
  return {
    mainThreadBusyMs: round(busyUs / 1000),
    byCategoryMs: Object.fromEntries(
      Object.entries(byCategory).map(([cat, us]) => [cat, round(us / 1000)]),
    ),
    byCategoryShare: Object.fromEntries(
      Object.entries(byCategory).map(([cat, us]) => [cat, round(us / busyUs, 3)]),
    ),
    topEvents: [...byName]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, us]) => ({ name, selfMs: round(us / 1000) })),
    longTasks: {
      count: long.length,
      totalMs: round(long.reduce((a, b) => a + b, 0)),
      maxMs: round(long.length ? Math.max(...long) : 0),
    },
    workerBusyMs: round(workerBusyUs / 1000),
    loading: loadingWaterfall(events),
  };
}

/** For a load: when each script was requested, and first paints, in ms since navigation start. */
function loadingWaterfall(events) {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' &&
      e.args?.data?.isLoadingMainFrame &&
      String(e.args.data.documentLoaderURL ?? '').startsWith('http'),
  );
  if (!nav) return undefined;
  const at = (e) => round((e.ts - nav.ts) / 1000, 0);
  const marks = {};
  for (const e of events) {
    if (e.ts < nav.ts) continue;
    if (e.name === 'ResourceSendRequest' && /\.js$/.test(e.args?.data?.url ?? ''))
      marks[`request ${e.args.data.url.split('/').pop()}`] ??= at(e);
    if (['firstContentfulPaint', 'MarkLoad'].includes(e.name)) marks[e.name] ??= at(e);
    if (e.name === 'largestContentfulPaint::Candidate') marks['last LCP candidate'] = at(e);
  }
  return marks;
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
];

async function profile() {
  const outDir = resolve(opts['profile-dir'] ?? mkdtempSync(join(tmpdir(), 'bench-ui-profile-')));
  mkdirSync(outDir, { recursive: true });
  const dist = appDist();
  log('building the app unminified, with source maps, for named profiles');
  const named = await viteBuild('vite.config.ts', join(outDir, 'app-unminified'), {
    minify: false,
    sourcemap: true,
  });
  const servers = { dist: await serveStatic(dist), named: await serveStatic(named) };
  const browser = await launchChromium();
  const PROFILE_PRESSES = 20;
  const summary = { machine: machine(browser.version()), outDir, cases: {} };
  const cases = [
    { name: 'labParticipants', slider: SLIDERS.labParticipants },
    { name: 'labCorrelation', slider: SLIDERS.labCorrelation },
    { name: 'dayCursor', slider: SLIDERS.dayCursor },
    { name: 'coldLoadDesigns', query: '?view=designs' },
  ];
  try {
    for (const item of cases) {
      const result = {};
      // (a) V8 CPU profile against the named build.
      {
        const url = servers.named.url + (item.slider?.query ?? item.query);
        let handle;
        if (item.slider) {
          handle = await openAndWait(browser, url, item.slider.locate);
          await handle.cdp.send('Profiler.enable');
          await handle.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await handle.cdp.send('Profiler.start');
          await pressSlider(handle.page, handle.locator, PROFILE_PRESSES);
        } else {
          handle = await throttledPage(browser);
          await handle.cdp.send('Profiler.enable');
          await handle.cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await handle.cdp.send('Profiler.start');
          await handle.page.goto(url, { waitUntil: 'load' });
          await handle.page.waitForFunction(() => window.__bench.firstChart !== null);
          await handle.page.waitForTimeout(1000);
        }
        const { profile: cpu } = await handle.cdp.send('Profiler.stop');
        writeFileSync(join(outDir, `${item.name}.cpuprofile`), JSON.stringify(cpu));
        result.cpuProfile = await summariseCpuProfile(cpu, join(named, 'assets'));
        if (!item.slider)
          result.firstChartMs = round(
            await handle.page.evaluate(() => window.__bench.firstChart),
            0,
          );
        await handle.context.close();
      }
      // (b) Chromium trace against the production build.
      {
        const url = servers.dist.url + (item.slider?.query ?? item.query);
        let handle;
        if (item.slider) {
          handle = await openAndWait(browser, url, item.slider.locate);
          await browser.startTracing(handle.page, { categories: TRACE_CATEGORIES });
          await pressSlider(handle.page, handle.locator, PROFILE_PRESSES);
        } else {
          handle = await throttledPage(browser);
          await browser.startTracing(handle.page, { categories: TRACE_CATEGORIES });
          await handle.page.goto(url, { waitUntil: 'load' });
          await handle.page.waitForFunction(() => window.__bench.firstChart !== null);
          await handle.page.waitForTimeout(1000);
        }
        const buffer = await browser.stopTracing();
        writeFileSync(join(outDir, `${item.name}.trace.json`), buffer);
        result.trace = summariseTrace(JSON.parse(buffer.toString('utf8')));
        await handle.context.close();
      }
      summary.cases[item.name] = result;
      log(`profiled ${item.name}`);
    }
    writeFileSync(join(outDir, 'summary.json'), JSON.stringify(summary, null, 2));
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await browser.close();
    await servers.dist.close();
    await servers.named.close();
  }
}

try {
  await (opts.profile ? profile() : benchmark());
} catch (error) {
  // A benchmark reports; it does not fail the caller.
  log('failed:', error?.stack ?? error);
}
process.exit(0);
