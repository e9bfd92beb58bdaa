/**
 * Fuzz mode (?fuzz=SEED&fuzzEvents=N): the page drives itself with seeded random pointer and
 * keyboard input and reports what went wrong — on the page (a status panel) and in the console
 * (one `console.info` line "fuzz done {…JSON…}" at the end). PhET runs its sims the same way.
 * Loaded with a dynamic import from main.tsx only when the address asks for it.
 */
import { createRng } from '../model/lab/random';
import { buildAction, drawKind } from './actions';
import { createFuzzPanel } from './FuzzPanel';
import { installGuards, type BlockedCounts } from './guards';
import { startMonitors, type Findings } from './monitors';
import { warmUpLazyModules } from './warmUp';
import { useExplorerStore } from '../store';

export interface FuzzSummary extends Findings {
  seed: number;
  eventsRequested: number;
  eventsSent: number;
  totals: { errors: number; nanInSvg: number; blankViews: number };
  /** Browser notices of a ResizeObserver delivery left to the next frame (not errors). */
  resizeNotices: number;
  blocked: BlockedCounts;
  durationMs: number;
  /** FNV-1a hash of the event log: equal seeds on equal pages give equal hashes. */
  logHash: string;
  log: string[];
}

/** How long a lazily loaded view may take before its absence counts as a blank view. */
const VIEW_WAIT_MS = 4000;
/** How long a busy region (a lab simulation) may take before the next event goes anyway. */
const BUSY_WAIT_MS = 20_000;
/**
 * The most simulated trials fuzz mode lets the lab run. The sliders and keys reach 100,000, and a
 * run that size takes a minute: waiting for each would cost CI many minutes for no new code
 * paths, and not waiting would make what the next event finds depend on timing. So after each
 * event a larger value is set back to this (the code paths are the same; only the count differs).
 */
export const FUZZ_MAX_SIMS = 2000;
const SCAN_EVERY = 50;
const STATUS_EVERY = 25;

/** The next task, without setTimeout's 4 ms clamp for nested timers (500 events × 4 ms adds up). */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function hasViewHeading(): boolean {
  const main = document.querySelector('main');
  return Boolean(main?.querySelector('h1')?.textContent?.trim());
}

/**
 * Settled: no lazily loaded view pending (its Suspense fallback is `.loading`), no region marked
 * aria-busy (e.g. the lab before its first simulated results), and a view heading. Waiting for
 * these makes the page the next event sees, and so the event log, the same on every run.
 */
function isSettled(): boolean {
  return !document.querySelector('.loading, [aria-busy="true"]') && hasViewHeading();
}

/** Wait until the page is settled; false if it never was within VIEW_WAIT_MS (a blank view). */
async function settle(): Promise<boolean> {
  // Two tasks: time for a state change behind a cached dynamic import (Present) to be applied.
  await nextTask();
  await nextTask();
  if (isSettled()) return true;
  const started = performance.now();
  for (;;) {
    await nextFrame();
    if (isSettled()) {
      // A view that has just loaded attaches its listeners in effects React runs a task later.
      await nextTask();
      await nextTask();
      return true;
    }
    const waited = performance.now() - started;
    // A view shown but busy (a simulation) gets longer than a view that never appears.
    const isBusyView = hasViewHeading() && !document.querySelector('.loading');
    if (waited > (isBusyView ? BUSY_WAIT_MS : VIEW_WAIT_MS)) return hasViewHeading();
  }
}

/** Keep the lab's simulations small (see FUZZ_MAX_SIMS). */
function capSimulations(): void {
  const { sims, setField } = useExplorerStore.getState();
  if (sims > FUZZ_MAX_SIMS) setField('sims', FUZZ_MAX_SIMS);
}

async function settleLayout(): Promise<void> {
  await nextFrame();
  await nextTask();
  await nextTask();
}

export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export async function startFuzz(seed: number, events: number): Promise<FuzzSummary> {
  const started = performance.now();
  const blocked = installGuards();
  const monitors = startMonitors();
  const panel = createFuzzPanel(seed);
  const rng = createRng(seed);
  const log: string[] = [];
  await warmUpLazyModules();
  capSimulations();
  let wasBlank = false;
  let boundaryShown = false;

  const checkView = async () => {
    const hasView = await settle();
    // One report per stretch of blankness, not one per event sent into it.
    if (!hasView && !wasBlank) monitors.reportBlank();
    wasBlank = !hasView;
    const boundary = document.getElementById('view-error-title');
    if (boundary && !boundaryShown) {
      console.error(`fuzz: a view's error boundary shows "${boundary.textContent}"`);
    }
    boundaryShown = boundary !== null;
  };

  await checkView();
  // The first view's effects (e.g. the lecture's key listener) run after its first paint.
  await nextFrame();
  await nextTask();
  monitors.scanAllSvg();
  for (let n = 1; n <= events; n += 1) {
    monitors.setEvent(n);
    const kind = drawKind(rng);
    // Charts take their size from a ResizeObserver, which reports at the next frame: a pointer
    // aimed at a point of a figure waits for it, so it meets the same layout on every run.
    if (kind === 'pointer') await settleLayout();
    const action = buildAction(kind, rng);
    log.push(action.description);
    const before = monitors.mutations();
    try {
      action.run();
    } catch (error) {
      console.error(`fuzz: event ${n} (${action.description}) threw`, error);
    }
    capSimulations();
    await checkView();
    // A changed page may change size: let ResizeObserver-driven charts and scroll regions
    // (TableScroll) catch up before the next event looks for targets.
    if (monitors.mutations() !== before) await settleLayout();
    if (n % SCAN_EVERY === 0) monitors.scanAllSvg();
    if (n % STATUS_EVERY === 0) {
      panel.update(
        `${n} of ${events} events · ${monitors.totals.errors} errors · ${monitors.totals.nanInSvg} NaN/Infinity in SVG · ${monitors.totals.blankViews} blank views`,
      );
    }
  }
  await nextFrame();
  monitors.scanAllSvg();
  monitors.stop();

  const summary: FuzzSummary = {
    seed,
    eventsRequested: events,
    eventsSent: log.length,
    totals: { ...monitors.totals },
    resizeNotices: monitors.resizeNotices(),
    ...monitors.findings,
    blocked,
    durationMs: Math.round(performance.now() - started),
    logHash: fnv1a(log.join('\n')),
    log,
  };
  const { errors, nanInSvg, blankViews } = summary.totals;
  const isClean = errors === 0 && nanInSvg === 0 && blankViews === 0;
  panel.finish(
    `Done: ${summary.eventsSent} events · ${errors} errors · ${nanInSvg} NaN/Infinity in SVG · ${blankViews} blank views · log ${summary.logHash}`,
    isClean,
  );
  console.info(`fuzz done ${JSON.stringify(summary)}`);
  return summary;
}
