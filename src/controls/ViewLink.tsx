/** A real link to a view (works with middle-click and copy-link) that navigates in-app on click. */
import type { ReactNode, SyntheticEvent } from 'react';
import { useExplorerStore } from '../store';
import { selectSetView, selectView } from '../store/selectors';
import { pickDocument } from '../store/documentSlice';
import { encode } from '../document/codec';
import type { View } from '../document/fields';

interface ViewLinkProps {
  to: View;
  children: ReactNode;
  className?: string;
  /** Mark the link as the current page when its view is shown (navigation menus). */
  markCurrent?: boolean;
  /** Jump to an element of the target view after navigating. */
  hash?: string;
}

/** The link carries the whole document state with the new view, so it can be opened elsewhere. */
function hrefFor(to: View, hash: string | undefined): string {
  const query = encode({ ...pickDocument(useExplorerStore.getState()), view: to });
  return `?${query}${hash ? `#${hash}` : ''}`;
}

export function ViewLink({ to, children, className, markCurrent = false, hash }: ViewLinkProps) {
  const view = useExplorerStore(selectView);
  const setView = useExplorerStore(selectSetView);
  // The href is written from the state as it is when the link is rendered, and brought up to date
  // whenever the link is about to be used (hover, focus, press, context menu), rather than
  // re-encoded and re-rendered on every store change (every slider step) for every link.
  const href = hrefFor(to, hash);
  const refresh = (event: SyntheticEvent<HTMLAnchorElement>) => {
    const next = hrefFor(to, hash);
    if (event.currentTarget.getAttribute('href') !== next) {
      event.currentTarget.setAttribute('href', next);
    }
  };
  const isCurrent = markCurrent && view === to;
  return (
    <a
      href={href}
      className={className}
      aria-current={isCurrent ? 'page' : undefined}
      onPointerEnter={refresh}
      onPointerDown={refresh}
      onFocus={refresh}
      onKeyDown={refresh}
      onContextMenu={refresh}
      onClick={(event) => {
        refresh(event);
        if (event.defaultPrevented || event.button !== 0) return;
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        setView(to);
        if (hash) {
          requestAnimationFrame(() => document.getElementById(hash)?.scrollIntoView());
        }
      }}
    >
      {children}
    </a>
  );
}
