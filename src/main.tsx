// First: start the URL's view chunk before the rest of the entry is evaluated.
import './preloadView';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { UpdateNotice } from './pwa/UpdateNotice';
import { LocaleRoot, wantedLocale } from './components/LocaleRoot';
import { activateLocale, ensureCatalog, registerLocaleResource } from './messages/i18n';
import { loadDataText } from './data/localize';
import { viewNamespace } from './components/CatalogGate';
import { useExplorerStore } from './store';
import { startUrlSync } from './store/urlSync';
import { preloadFirstView } from './viewChunks';
import './styles/tokens.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// Read the address before the first render, so a shared link opens straight on its view.
startUrlSync(window, { coalesce: true });
// Start the URL's view chunk now, so it loads while the shell renders rather than after.
preloadFirstView(useExplorerStore.getState());
// The first paint is in the reader's language: a catalogue other than English (one small chunk,
// fetched alongside the view's) loads before the first render; English needs no wait.
registerLocaleResource(loadDataText);
const first = useExplorerStore.getState();
const locale = wantedLocale(first.lang);
// The words of the first view (or the lecture and handout) load alongside its chunk.
ensureCatalog(locale, first.lecture || first.print ? 'lecture' : viewNamespace(first.view))?.catch(
  () => {},
);
void activateLocale(locale).finally(() =>
  createRoot(root).render(
    <StrictMode>
      <LocaleRoot>
        <App />
        <UpdateNotice />
      </LocaleRoot>
    </StrictMode>,
  ),
);
// Offline support (production builds only) and the self-driving ?fuzz mode load as their own chunks.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  void import('./pwa/registerServiceWorker').then((module) => module.registerServiceWorker());
}
const { fuzz, fuzzEvents } = useExplorerStore.getState();
if (fuzz > 0) void import('./fuzz/startFuzz').then((module) => module.startFuzz(fuzz, fuzzEvents));
