/**
 * Lecture mode: a full-screen stage that steps through the deck with clicker keys, blackout,
 * an overview of all steps, go-to, help and a presenter window — or, with presenter=1, the
 * presenter view itself. Loaded only when lecture=1, as its own chunk.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useExplorerStore } from '../store';
import { pickDocument } from '../store/documentSlice';
import { encode, sameDocument } from '../document/codec';
import { DEFAULT_DOCUMENT, THEMES, type Theme } from '../document/fields';
import { DECK, SLIDE_COUNT, clampSlide, slideDocument } from './deck';
import { keyContext, lectureAction, type LectureAction } from './keymap';
import { startLectureSync } from './channel';
import { Slide } from './Slide';
import { useLectureNavigation } from './useLectureNavigation';
import { GoToDialog, HelpDialog, OverviewDialog } from './LectureDialogs';
import { PresenterView } from './PresenterView';
import { t } from '../messages/i18n';

const IDLE_MS = 2500;

/** Apply the deck's state when the address names only a slide (e.g. a hand-typed ?lecture=1&slide=5). */
function useDeckStateForBareLinks() {
  // A layout effect: the stage never paints a step without that step's state.
  useLayoutEffect(() => {
    const state = useExplorerStore.getState();
    const doc = pickDocument(state);
    const bare = sameDocument(
      { ...doc, lecture: false, slide: 1, presenter: false, theme: 'auto', lang: 'auto' },
      DEFAULT_DOCUMENT,
    );
    if (bare || state.slide > SLIDE_COUNT) {
      state.applyDocument(
        slideDocument(clampSlide(state.slide), {
          theme: state.theme,
          presenter: state.presenter,
          lang: state.lang,
        }),
      );
    }
  }, []);
}

export default function LectureShell() {
  const presenter = useExplorerStore((state) => state.presenter);
  useDeckStateForBareLinks();
  useEffect(() => startLectureSync(), []);
  return presenter ? <PresenterView /> : <Stage />;
}

type Overlay = 'none' | 'overview' | 'help' | 'goto';

function openPresenter() {
  const url = `${window.location.pathname}?${encode({
    ...pickDocument(useExplorerStore.getState()),
    presenter: true,
    theme: 'auto',
  })}`;
  window.open(url, 'ketamine-explainer-presenter', 'width=1000,height=720');
}

function Stage() {
  const { slide, goTo } = useLectureNavigation();
  const theme = useExplorerStore((state) => state.theme);
  const setTheme = useExplorerStore((state) => state.setTheme);
  const exitLecture = useExplorerStore((state) => state.exitLecture);
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [blackout, setBlackout] = useState(false);
  const [idle, setIdle] = useState(false);
  const step = DECK.steps[slide - 1]!;

  const run = useCallback(
    (action: LectureAction) => {
      switch (action) {
        case 'next':
          goTo(slide + 1);
          break;
        case 'previous':
          goTo(slide - 1);
          break;
        case 'first':
          goTo(1);
          break;
        case 'last':
          goTo(SLIDE_COUNT);
          break;
        case 'blackout':
          setBlackout((on) => !on);
          break;
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen?.();
          else void document.documentElement.requestFullscreen?.().catch(() => {});
          break;
        case 'overview':
        case 'escape':
          setOverlay((current) => (current === 'none' ? 'overview' : 'none'));
          break;
        case 'goto':
          setOverlay('goto');
          break;
        case 'help':
          setOverlay((current) => (current === 'help' ? 'none' : 'help'));
          break;
        case 'presenter':
          openPresenter();
          break;
      }
    },
    [goTo, slide],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (blackout) {
        if (!event.ctrlKey && !event.metaKey && !event.altKey && event.key !== 'Shift') {
          event.preventDefault();
          setBlackout(false);
        }
        return;
      }
      if (overlay !== 'none') {
        // Escape closes any overlay; the key that opened the overview or help closes it again.
        const again = lectureAction(keyContext(event));
        if (
          event.key === 'Escape' ||
          (overlay === 'overview' && again === 'overview') ||
          (overlay === 'help' && again === 'help')
        ) {
          event.preventDefault();
          setOverlay('none');
        }
        return;
      }
      const action = lectureAction(keyContext(event));
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [blackout, overlay, run]);

  // Hide the cursor and the toolbar when the mouse rests.
  const idleTimer = useRef<number | undefined>(undefined);
  useEffect(() => {
    const wake = () => {
      setIdle(false);
      window.clearTimeout(idleTimer.current);
      idleTimer.current = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    wake();
    window.addEventListener('mousemove', wake);
    return () => {
      window.removeEventListener('mousemove', wake);
      window.clearTimeout(idleTimer.current);
    };
  }, []);

  return (
    <div className={idle ? 'lecture lecture--slides lecture--idle' : 'lecture lecture--slides'}>
      <header className="lecture__bar">
        <p className="lecture__position" aria-live="polite">
          <span className="lecture__count">
            {t('lecture.position', { slide, count: SLIDE_COUNT })}
          </span>{' '}
          <span className="lecture__title">{step.title}</span>
        </p>
        <nav className="lecture__controls" aria-label={t('lecture.controls')}>
          <button
            type="button"
            className="button"
            onClick={() => run('previous')}
            disabled={slide <= 1}
          >
            {t('lecture.previous')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run('next')}
            disabled={slide >= SLIDE_COUNT}
          >
            {t('lecture.next')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setOverlay('overview')}
          >
            {t('lecture.overview')}
          </button>
          <button type="button" className="button button--quiet" onClick={openPresenter}>
            {t('lecture.presenterWindow')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOverlay('help')}>
            {t('lecture.keys')}
          </button>
          <label className="theme-picker">
            <span className="theme-picker__label">{t('header.theme')}</span>
            <select
              className="theme-picker__select"
              value={theme}
              onChange={(event) => setTheme(event.target.value as Theme)}
            >
              {THEMES.map((option) => (
                <option key={option} value={option}>
                  {t(`header.theme.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--quiet" onClick={exitLecture}>
            {t('lecture.exit')}
          </button>
        </nav>
        <div className="lecture__progress" aria-hidden="true">
          <ProgressBar fraction={slide / SLIDE_COUNT} />
        </div>
      </header>
      <main id="main" className="lecture__stage" tabIndex={-1}>
        <Slide step={step} />
      </main>
      {blackout && <div className="lecture__blackout" data-testid="blackout" aria-hidden="true" />}
      {overlay === 'overview' && (
        <OverviewDialog
          current={slide}
          onChoose={(target) => {
            goTo(target);
            setOverlay('none');
          }}
          onClose={() => setOverlay('none')}
        />
      )}
      {overlay === 'help' && <HelpDialog onClose={() => setOverlay('none')} />}
      {overlay === 'goto' && (
        <GoToDialog
          onGo={(target) => {
            goTo(target);
            setOverlay('none');
          }}
          onClose={() => setOverlay('none')}
        />
      )}
    </div>
  );
}

function ProgressBar({ fraction }: { fraction: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A CSSOM write (allowed by the CSP), not an inline style attribute.
    if (ref.current) ref.current.style.width = `${Math.round(fraction * 1000) / 10}%`;
  }, [fraction]);
  return <div ref={ref} className="lecture__progress-fill" />;
}
