/**
 * Renders its children once the words of `namespace` are loaded in the active locale (suspending
 * until then: put it inside a <Suspense>). Views, figures and the lecture each sit behind one.
 */
import type { ReactNode } from 'react';
import { useCatalog, type Namespace } from '../messages/i18n';
import type { View } from '../document/fields';

/** The catalogue namespace of a view: the Overview's words come with the shell. */
export function viewNamespace(view: View): Namespace {
  return view === 'overview' ? 'shell' : view;
}

export function CatalogGate({
  namespace,
  children,
}: {
  namespace: Namespace;
  children: ReactNode;
}) {
  useCatalog(namespace);
  return children;
}
