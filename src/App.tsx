/**
 * The app shell: skip link, header with navigation and theme, notices, the current view inside its
 * own error boundary, and the footer. Every view (the Overview too) and an embedded figure's host
 * load as their own chunks, so the entry holds only the shell.
 */
import { Suspense, createElement, lazy, use, useEffect, useLayoutEffect, useRef } from 'react';
import { useExplorerStore } from './store';
import { selectResetCurrentView, selectTheme, selectView } from './store/selectors';
import type { View } from './document/fields';
import { viewLabel } from './messages/views';
import { t } from './messages/i18n';
import { T } from './messages/T';
import { SiteHeader } from './sections/SiteHeader';
import { SiteFooter } from './sections/SiteFooter';
import { Notices } from './components/Notices';
import { ViewErrorBoundary } from './components/ViewErrorBoundary';
import { CatalogGate, viewNamespace } from './components/CatalogGate';
import { NextStep } from './components/NextStep';
import { requestViewFocus } from './components/ViewHeading';
import {
  loadBlockade,
  loadDesigns,
  loadEffects,
  loadFigureHost,
  loadLab,
  loadOverview,
  loadedOverview,
  loadLectureShell,
  loadPrintHandout,
  loadSources,
  firstPaintDone,
  firstPaintWait,
} from './viewChunks';

const LazyOverview = lazy(() => loadOverview().then((module) => ({ default: module.Overview })));
/** The Overview, rendered at once when its chunk is already here (no suspense, no loading line). */
function Overview() {
  return createElement(loadedOverview()?.Overview ?? LazyOverview);
}
const FigureHost = lazy(() => loadFigureHost().then((module) => ({ default: module.FigureHost })));
const Sources = lazy(loadSources);
const Designs = lazy(loadDesigns);
const Effects = lazy(loadEffects);
const Blockade = lazy(loadBlockade);
const Lab = lazy(loadLab);
const LectureShell = lazy(loadLectureShell);
const PrintHandout = lazy(loadPrintHandout);

const VIEW_COMPONENTS: Record<View, React.ComponentType> = {
  overview: Overview,
  designs: Designs,
  timeline: Effects,
  blockade: Blockade,
  lab: Lab,
  sources: Sources,
};

export function App() {
  // Opening on the Overview, the first render waits here, outside every Suspense boundary, for
  // its chunk: nothing is painted until the shell and the Overview can paint together.
  const wait = firstPaintWait();
  if (wait) use(wait);
  const view = useExplorerStore(selectView);
  const theme = useExplorerStore(selectTheme);
  const resetCurrentView = useExplorerStore(selectResetCurrentView);
  const lecture = useExplorerStore((state) => state.lecture);
  const embed = useExplorerStore((state) => state.embed);
  const print = useExplorerStore((state) => state.print);
  const figure = useExplorerStore((state) => state.figure);
  const lang = useExplorerStore((state) => state.lang);
  const previousView = useRef<View | null>(null);

  useEffect(() => {
    const html = document.documentElement;
    if (theme === 'auto') html.removeAttribute('data-theme');
    else html.setAttribute('data-theme', theme);
  }, [theme]);

  useLayoutEffect(() => {
    firstPaintDone();
  }, []);

  useLayoutEffect(() => {
    document.title = t('app.documentTitle', { view: viewLabel(view), title: t('app.title') });
    // After a view change (not on first load), the new view's heading takes focus as it mounts
    // (see ViewHeading), so keyboard and screen-reader users land at its start.
    if (previousView.current !== null && previousView.current !== view) {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) heading.focus();
      else requestViewFocus(); // a lazily loaded view: its heading focuses itself on mount
      window.scrollTo({ top: 0 });
    }
    previousView.current = view;
  }, [view]);

  const ViewComponent = VIEW_COMPONENTS[view];
  const viewContent = (
    <ViewErrorBoundary key={view} viewLabel={viewLabel(view)} onReset={resetCurrentView}>
      <Suspense
        fallback={<p className="loading">{t('shell.loadingView', { view: viewLabel(view) })}</p>}
      >
        <CatalogGate namespace={viewNamespace(view)}>
          <ViewComponent />
          {!embed && <NextStep view={view} />}
        </CatalogGate>
      </Suspense>
    </ViewErrorBoundary>
  );

  if (print) {
    return (
      <Suspense fallback={<p className="loading">{t('shell.preparingHandout')}</p>}>
        <main id="main" className="main main--print" tabIndex={-1}>
          <ViewErrorBoundary viewLabel={t('shell.handout')} onReset={resetCurrentView}>
            <CatalogGate namespace="lecture">
              <PrintHandout />
            </CatalogGate>
          </ViewErrorBoundary>
        </main>
      </Suspense>
    );
  }

  if (embed) {
    return (
      <div className={figure !== 'none' ? 'app app--embed app--embed-figure' : 'app app--embed'}>
        <Notices />
        <main id="main" className="main main--embed" tabIndex={-1}>
          {figure !== 'none' ? (
            <ViewErrorBoundary key={figure} viewLabel={viewLabel(view)} onReset={resetCurrentView}>
              <Suspense
                fallback={
                  <p className="loading">
                    {t('figure.loading', { title: t(`figure.${figure}.title`) })}
                  </p>
                }
              >
                <FigureHost id={figure} frame="embed" controls />
              </Suspense>
            </ViewErrorBoundary>
          ) : (
            viewContent
          )}
        </main>
        <footer className="embed-credit">
          <p>
            <T
              id="shell.embedCredit"
              values={{ title: t('app.title') }}
              components={{
                link: (
                  <a
                    href={`${window.location.pathname}?view=${view}${lang === 'auto' ? '' : `&lang=${lang}`}`}
                    target="_blank"
                    rel="noopener"
                  />
                ),
              }}
            />
          </p>
        </footer>
      </div>
    );
  }

  if (lecture) {
    return (
      <Suspense fallback={<p className="loading">{t('shell.loadingLecture')}</p>}>
        <Notices />
        <CatalogGate namespace="lecture">
          <LectureShell />
        </CatalogGate>
      </Suspense>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <SiteHeader title={t('app.title')} />
      <Notices />
      <main id="main" className="main" tabIndex={-1}>
        {viewContent}
      </main>
      <SiteFooter />
    </div>
  );
}
