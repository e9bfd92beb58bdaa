/**
 * What fuzz mode watches while it drives the page: errors (window errors, unhandled rejections,
 * console.error, CSP violations, a view's error boundary), NaN or Infinity in any SVG attribute or
 * SVG text, and blank views (a main region without an h1).
 *
 * One browser notice is not an error by itself: "ResizeObserver loop completed with undelivered
 * notifications". Chromium watches every `content-visibility: auto` box (the charts' frames) with
 * an observer of its own; when a chart re-renders at its measured size inside our observer's
 * callback (useChartDimensions), the frame's new height is delivered a frame later and Chromium
 * dispatches this notice (it does not log it to the console). A layout that never settles repeats
 * it frame after frame: that is reported as an error (RESIZE_LOOP_LIMIT within one second).
 */

export interface SvgProblem {
  event: number;
  element: string;
  attribute: string;
  value: string;
}

export interface BlankView {
  event: number;
  url: string;
}

export interface Findings {
  errors: string[];
  nanInSvg: SvgProblem[];
  blankViews: BlankView[];
}

const BAD_NUMBER = /NaN|Infinity/;
const RESIZE_NOTICE = /^ResizeObserver loop/;
/** More notices than this within a second mean a layout that keeps changing, not one late frame. */
const RESIZE_LOOP_LIMIT = 10;
/** At most this many of each finding are kept (all are counted in the summary's totals). */
const KEEP = 50;

function keep<T>(list: T[], item: T) {
  if (list.length < KEEP) list.push(item);
}

function stringify(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function describeElement(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const cls = element.getAttribute('class')?.trim().split(/\s+/)[0];
  return `${element.tagName.toLowerCase()}${id}${cls ? `.${cls}` : ''}`;
}

export interface Monitors {
  findings: Findings;
  /** Totals, including findings beyond the kept examples. */
  totals: { errors: number; nanInSvg: number; blankViews: number };
  /** Single-frame ResizeObserver notices seen (not errors; see the header). */
  resizeNotices: () => number;
  /** How many DOM mutations have been seen so far (to tell whether an event changed the page). */
  mutations: () => number;
  /** The number of the event being sent, for attributing findings. */
  setEvent: (event: number) => void;
  /** Scan every SVG in the page (attributes and text). */
  scanAllSvg: () => void;
  /** Record a blank view at the current address. */
  reportBlank: () => void;
  stop: () => void;
}

export function startMonitors(): Monitors {
  const findings: Findings = { errors: [], nanInSvg: [], blankViews: [] };
  const totals = { errors: 0, nanInSvg: 0, blankViews: 0 };
  let event = 0;
  const seen = new WeakMap<Element, Set<string>>();

  const addError = (text: string) => {
    totals.errors += 1;
    keep(findings.errors, `#${event} ${text}`);
  };

  const checkAttribute = (element: Element, attribute: string, value: string | null) => {
    if (value === null || !BAD_NUMBER.test(value)) return;
    // One report per element and attribute: a broken mark re-rendered 100 times is one finding.
    const attributes = seen.get(element) ?? new Set<string>();
    if (attributes.has(attribute)) return;
    attributes.add(attribute);
    seen.set(element, attributes);
    totals.nanInSvg += 1;
    keep(findings.nanInSvg, {
      event,
      element: describeElement(element),
      attribute,
      value: value.slice(0, 80),
    });
  };

  const scanElement = (root: Element) => {
    const elements = [root, ...root.querySelectorAll('*')];
    for (const element of elements) {
      for (const attribute of element.attributes) {
        checkAttribute(element, attribute.name, attribute.value);
      }
      if (element.tagName === 'text' || element.tagName === 'tspan') {
        checkAttribute(element, '#text', element.textContent);
      }
    }
  };

  const scanAllSvg = () => document.querySelectorAll('svg').forEach(scanElement);

  let mutations = 0;
  const handle = (records: MutationRecord[]) => {
    mutations += records.length;
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof SVGElement) {
        const name = record.attributeName!;
        checkAttribute(record.target, name, record.target.getAttribute(name));
      } else if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent instanceof SVGElement) checkAttribute(parent, '#text', parent.textContent);
      } else if (record.type === 'childList') {
        record.addedNodes.forEach((node) => {
          if (node instanceof SVGElement) scanElement(node);
          else if (node instanceof Element && node.querySelector('svg')) {
            node.querySelectorAll('svg').forEach(scanElement);
          }
        });
      }
    }
  };
  const observer = new MutationObserver(handle);
  observer.observe(document.documentElement, {
    subtree: true,
    attributes: true,
    childList: true,
    characterData: true,
  });

  let resizeNotices = 0;
  let recentNotices: number[] = [];
  let isResizeLoopReported = false;
  const onResizeNotice = (message: string) => {
    resizeNotices += 1;
    const now = performance.now();
    recentNotices = [...recentNotices.filter((time) => now - time < 1000), now];
    if (recentNotices.length > RESIZE_LOOP_LIMIT && !isResizeLoopReported) {
      isResizeLoopReported = true;
      addError(
        `error: ${message} (${recentNotices.length} times within 1 s: layout never settles)`,
      );
    }
  };
  const onError = (e: ErrorEvent) => {
    if (!e.error && RESIZE_NOTICE.test(e.message)) return onResizeNotice(e.message);
    addError(`error: ${e.message || stringify(e.error)} (${e.filename}:${e.lineno})`);
  };
  const onRejection = (e: PromiseRejectionEvent) =>
    addError(`unhandledrejection: ${stringify(e.reason)}`);
  const onCsp = (e: SecurityPolicyViolationEvent) =>
    addError(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  document.addEventListener('securitypolicyviolation', onCsp);
  const nativeConsoleError = console.error;
  console.error = (...args: unknown[]) => {
    addError(`console.error: ${args.map(stringify).join(' ').slice(0, 300)}`);
    nativeConsoleError.apply(console, args);
  };

  return {
    findings,
    totals,
    resizeNotices: () => resizeNotices,
    mutations: () => {
      // Handle pending records now: the observer's callback would run only as a microtask.
      handle(observer.takeRecords());
      return mutations;
    },
    setEvent: (n) => {
      event = n;
    },
    scanAllSvg,
    reportBlank: () => {
      totals.blankViews += 1;
      keep(findings.blankViews, { event, url: window.location.search });
    },
    stop: () => {
      observer.disconnect();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('securitypolicyviolation', onCsp);
      console.error = nativeConsoleError;
    },
  };
}
