/**
 * Lecture mode: a full-screen stage that steps through the deck with clicker keys, blackout,
 * an overview of all steps, go-to, help and a presenter window — or, with presenter=1, the
 * presenter view itself. Loaded only when lecture=1, as its own chunk.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useExplorerStore } from '../store';
import { pickDocument } from '../store/documentSlice';
import { encode, sameDocument } from '../document/codec';
import { DEFAULT_DOCUMENT, FIELDS, type FieldKey } from '../document/fields';
import { THEMES, type Theme } from '../document/fields';
import { DECK, SLIDE_COUNT, clampSlide, slideDocument } from './deck';
import { KEY_HELP, keyContext, lectureAction, type LectureAction } from './keymap';
import { startLectureSync } from './channel';
import { Slide } from './Slide';
import { figureInfo } from '../document/figures';

const IDLE_MS = 2500;

function useLectureNavigation() {
  const slide = useExplorerStore((state) => state.slide);
  const theme = useExplorerStore((state) => state.theme);
  const presenter = useExplorerStore((state) => state.presenter);
  const lang = useExplorerStore((state) => state.lang);
  const applyDocument = useExplorerStore((state) => state.applyDocument);
  const goTo = useCallback(
    (target: number) =>
      applyDocument(slideDocument(clampSlide(target), { theme, presenter, lang })),
    [applyDocument, theme, presenter, lang],
  );
  return { slide: clampSlide(slide), goTo };
}

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
            Step {slide} of {SLIDE_COUNT}
          </span>{' '}
          <span className="lecture__title">{step.title}</span>
        </p>
        <nav className="lecture__controls" aria-label="Lecture">
          <button
            type="button"
            className="button"
            onClick={() => run('previous')}
            disabled={slide <= 1}
          >
            ← Previous
          </button>
          <button
            type="button"
            className="button"
            onClick={() => run('next')}
            disabled={slide >= SLIDE_COUNT}
          >
            Next →
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setOverlay('overview')}
          >
            Overview
          </button>
          <button type="button" className="button button--quiet" onClick={openPresenter}>
            Presenter window
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOverlay('help')}>
            Keys
          </button>
          <label className="theme-picker">
            <span className="theme-picker__label">Theme</span>
            <select
              className="theme-picker__select"
              value={theme}
              onChange={(event) => setTheme(event.target.value as Theme)}
            >
              {THEMES.map((option) => (
                <option key={option} value={option}>
                  {option === 'auto' ? 'System' : option[0]!.toUpperCase() + option.slice(1)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button button--quiet" onClick={exitLecture}>
            Exit lecture
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

function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first =
      ref.current?.querySelector<HTMLElement>('[data-autofocus]') ??
      ref.current?.querySelector<HTMLElement>('input') ??
      ref.current?.querySelector<HTMLElement>('button');
    first?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="lecture__overlay">
      <div
        ref={ref}
        className="lecture__dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="lecture-dialog-title"
      >
        <div className="lecture__dialog-head">
          <h2 id="lecture-dialog-title">{title}</h2>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Close (Esc)
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

function OverviewDialog({
  current,
  onChoose,
  onClose,
}: {
  current: number;
  onChoose: (slide: number) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={`All ${SLIDE_COUNT} steps`} onClose={onClose}>
      <ol className="lecture__overview">
        {DECK.steps.map((step, index) => (
          <li key={index}>
            <button
              type="button"
              className={
                index + 1 === current ? 'lecture__tile lecture__tile--current' : 'lecture__tile'
              }
              aria-current={index + 1 === current ? 'step' : undefined}
              data-autofocus={index + 1 === current ? true : undefined}
              onClick={() => onChoose(index + 1)}
            >
              <span className="lecture__tile-number">{index + 1}</span>
              <span className="lecture__tile-title">{step.title}</span>
              <span className="lecture__tile-view">{step.view}</span>
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Lecture keys" onClose={onClose}>
      <table className="data-table">
        <caption className="visually-hidden">Keyboard shortcuts in lecture mode</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map((row) => (
            <tr key={row.action}>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
              <td>{row.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Keys are ignored while you type in a field or work a slider, so controls stay usable.</p>
    </Dialog>
  );
}

function GoToDialog({ onGo, onClose }: { onGo: (slide: number) => void; onClose: () => void }) {
  const [value, setValue] = useState('');
  return (
    <Dialog title="Go to step" onClose={onClose}>
      <form
        className="lecture__goto"
        onSubmit={(event) => {
          event.preventDefault();
          const target = Number(value);
          if (Number.isInteger(target) && target >= 1 && target <= SLIDE_COUNT) onGo(target);
        }}
      >
        <label>
          Step number (1–{SLIDE_COUNT}){' '}
          <input
            type="number"
            min={1}
            max={SLIDE_COUNT}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>{' '}
        <button type="submit" className="button">
          Go
        </button>
      </form>
    </Dialog>
  );
}

function formatClock(date: Date): string {
  return date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

function formatElapsed(ms: number): string {
  // `now` is read a moment before `started` on the first render: never show a negative time.
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** The live figure's settings that differ from the defaults, in words (they follow the stage). */
function LiveSettings({ figure }: { figure: string }) {
  const reads = (figureInfo(figure)?.reads ?? []) as FieldKey[];
  const text = useExplorerStore((state) =>
    reads
      .filter((key) => state[key] !== DEFAULT_DOCUMENT[key])
      .map((key) => `${FIELDS[key].label.replace(/^Lab: /, '')}: ${String(state[key])}`)
      .join('; '),
  );
  return (
    <p className="presenter__settings" aria-live="polite">
      Live settings: {text || 'as the slide opened'}
    </p>
  );
}

function PresenterView() {
  const { slide, goTo } = useLectureNavigation();
  const [now, setNow] = useState(() => Date.now());
  const [started] = useState(() => Date.now());
  const step = DECK.steps[slide - 1]!;
  const next = DECK.steps[slide] ?? null;

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = lectureAction(keyContext(event));
      if (action === 'next') goTo(slide + 1);
      else if (action === 'previous') goTo(slide - 1);
      else if (action === 'first') goTo(1);
      else if (action === 'last') goTo(SLIDE_COUNT);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [goTo, slide]);

  return (
    <main id="main" className="presenter" tabIndex={-1}>
      <h1 className="presenter__title">Presenter view</h1>
      <div className="presenter__clocks">
        <p>
          Elapsed <strong data-testid="elapsed">{formatElapsed(now - started)}</strong>
        </p>
        <p>
          Clock <strong>{formatClock(new Date(now))}</strong>
        </p>
      </div>
      <section className="presenter__current" aria-labelledby="presenter-current">
        <h2 id="presenter-current">
          Now: step {slide} of {SLIDE_COUNT} — {step.title}
        </h2>
        <p className="presenter__live">
          On the stage: {figureInfo(step.figure)?.title ?? step.figure}
          {step.takeaway ? ` — “${step.takeaway}”` : ''}
        </p>
        <LiveSettings figure={step.figure} />
        <p className="presenter__notes">{step.notes}</p>
      </section>
      <section className="presenter__next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">{next ? `Next: ${next.title}` : 'Last step'}</h2>
        {next && (
          <p className="presenter__preview">
            Figure: {figureInfo(next.figure)?.title ?? next.figure}
            {next.takeaway ? `. Takeaway: ${next.takeaway}` : ''}
          </p>
        )}
      </section>
      <div className="step-controls">
        <button
          type="button"
          className="button"
          onClick={() => goTo(slide - 1)}
          disabled={slide <= 1}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => goTo(slide + 1)}
          disabled={slide >= SLIDE_COUNT}
        >
          Next →
        </button>
      </div>
    </main>
  );
}
