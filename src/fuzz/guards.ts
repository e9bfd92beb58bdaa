/**
 * Fuzz mode must stay on this page: no new windows, downloads, external links, clipboard writes,
 * print dialogs, full screen or modal dialogs. Each is replaced by a stub that counts what it
 * stopped, so the app's own code still runs up to the point where it would leave the page.
 */

export type BlockedKind =
  | 'window.open'
  | 'download'
  | 'external link'
  | 'navigation'
  | 'clipboard'
  | 'print'
  | 'fullscreen'
  | 'dialog'
  | 'form submit';

export type BlockedCounts = Partial<Record<BlockedKind, number>>;

/** True for a link that would leave this document: another origin, a new window or a download. */
export function isLeavingLink(anchor: HTMLAnchorElement | SVGAElement): boolean {
  if (anchor.hasAttribute('download')) return true;
  const target = anchor.getAttribute('target');
  if (target && target !== '_self') return true;
  const href = anchor.getAttribute('href');
  if (href === null) return false;
  try {
    return new URL(href, window.location.href).origin !== window.location.origin;
  } catch {
    return true;
  }
}

/** Whether following `anchor` only moves within this document (a #fragment). */
function isFragmentLink(anchor: HTMLAnchorElement): boolean {
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#')) return true;
  const url = new URL(anchor.href, window.location.href);
  const here = window.location;
  return url.pathname === here.pathname && url.search === here.search && url.hash !== '';
}

/** Install the guards; returns the live counts of what was blocked. */
export function installGuards(): BlockedCounts {
  const blocked: BlockedCounts = {};
  const count = (kind: BlockedKind) => {
    blocked[kind] = (blocked[kind] ?? 0) + 1;
  };

  window.open = () => {
    count('window.open');
    return null;
  };
  window.print = () => count('print');
  window.alert = () => count('dialog');
  window.confirm = () => {
    count('dialog');
    return false;
  };
  window.prompt = () => {
    count('dialog');
    return null;
  };
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: async () => count('clipboard'),
      write: async () => count('clipboard'),
      readText: async () => '',
      read: async () => [],
    },
  });
  Element.prototype.requestFullscreen = async function requestFullscreen() {
    count('fullscreen');
  };
  document.exitFullscreen = async () => count('fullscreen');

  // Downloads and links clicked from code on detached anchors (export: a.download + a.click()).
  const nativeClick = HTMLElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) return count('download');
    if (isLeavingLink(this)) return count('external link');
    nativeClick.call(this);
  };

  // Links in the page: anything that leaves is stopped before the app sees it; an in-app link the
  // app did not handle itself (no preventDefault) would reload the page and restart the fuzz.
  const anchorOf = (event: Event) =>
    event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
  window.addEventListener(
    'click',
    (event) => {
      const anchor = anchorOf(event);
      if (!anchor || !isLeavingLink(anchor)) return;
      event.preventDefault();
      count(anchor.hasAttribute('download') ? 'download' : 'external link');
    },
    true,
  );
  window.addEventListener('click', (event) => {
    const anchor = anchorOf(event);
    if (!anchor || event.defaultPrevented || isFragmentLink(anchor)) return;
    event.preventDefault();
    count('navigation');
  });
  window.addEventListener('submit', (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    count('form submit');
  });
  return blocked;
}
