// First: start the URL's view chunk before the rest of the entry is evaluated.
import './preloadView';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { UpdateNotice } from './pwa/UpdateNotice';
import { LocaleRoot, wantedLocale } from './components/LocaleRoot';
import { viewNamespace } from './components/CatalogGate';
import { activateLocale, ensureCatalog, registerLocaleResource } from './messages/i18n';
import { loadDataText } from './data/localize';
import { useExplorerStore } from './store';
import { startUrlSync } from './store/urlSync';
import { preloadFirstView } from './viewChunks';
import { installStudyDrop, needsOwnStudiesFirst, openOwnStudiesSafely } from './own/startup';
import './styles/tokens.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

registerLocaleResource(loadDataText);

async function start(container: HTMLElement) {
  // A link that carries a reader's study (#own=…), or names one kept in this browser, needs it
  // registered before the address is read; any other page opens them after its first render.
  const ownFirst = needsOwnStudiesFirst(window.location);
  if (ownFirst) {
    // Without a study in the link, the checker loads only if this browser keeps a study.
    await openOwnStudiesSafely(window, { onlyIfKept: !window.location.hash.startsWith('#own=') });
  }
  // Read the address before the first render, so a shared link opens straight on its view.
  startUrlSync(window, { coalesce: true });
  // Start the URL's view chunk now, so it loads while the shell renders rather than after.
  const first = useExplorerStore.getState();
  preloadFirstView(first);
  // The first paint is in the reader's language: its words (and those of the first view, or of
  // the lecture and handout) load alongside the view's chunk; English needs no wait for the shell.
  const locale = wantedLocale(first.lang);
  ensureCatalog(locale, first.lecture || first.print ? 'lecture' : viewNamespace(first.view));
  await activateLocale(locale);
  createRoot(container).render(
    <StrictMode>
      <LocaleRoot>
        <App />
        <UpdateNotice />
      </LocaleRoot>
    </StrictMode>,
  );
  installStudyDrop(window);
  if (!ownFirst) void openOwnStudiesSafely(window, { onlyIfKept: true });
  // Offline support (production builds only) and the self-driving ?fuzz mode load as their own chunks.
  if (import.meta.env.PROD && 'serviceWorker' in navigator) {
    void import('./pwa/registerServiceWorker').then((module) => module.registerServiceWorker());
  }
  const { fuzz, fuzzEvents } = useExplorerStore.getState();
  if (fuzz > 0) {
    void import('./fuzz/startFuzz').then((module) => module.startFuzz(fuzz, fuzzEvents));
  }
}

void start(root);
