/** A real link to a view (works with middle-click and copy-link) that navigates in-app on click. */
import type { ReactNode } from 'react';
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

export function ViewLink({ to, children, className, markCurrent = false, hash }: ViewLinkProps) {
  const view = useExplorerStore(selectView);
  const setView = useExplorerStore(selectSetView);
  // The link carries the whole document state with the new view, so it can be opened elsewhere.
  const query = useExplorerStore((state) => encode({ ...pickDocument(state), view: to }));
  const href = `?${query}${hash ? `#${hash}` : ''}`;
  const isCurrent = markCurrent && view === to;
  return (
    <a
      href={href}
      className={className}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={(event) => {
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
