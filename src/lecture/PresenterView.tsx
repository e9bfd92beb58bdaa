/**
 * The presenter window (presenter=1): the current step's notes and live figure settings, the next
 * step, the elapsed time and the clock, with its own previous/next buttons. It follows the stage
 * (and the stage follows it) through ./channel.ts.
 */
import { useEffect, useState } from 'react';
import { useExplorerStore } from '../store';
import { DEFAULT_DOCUMENT, FIELDS, type FieldKey } from '../document/fields';
import { figureInfo } from '../document/figures';
import { findStudy } from '../data/studies';
import { DECK, SLIDE_COUNT } from './deck';
import { keyContext, lectureAction } from './keymap';
import { useLectureNavigation } from './useLectureNavigation';
import { figureTitle, isFigureId } from '../figures/registry';
import { i18n, t, type MessageId } from '../messages/i18n';
import { formatList, formatNumber, formatTime } from '../messages/format';

function formatElapsed(ms: number): string {
  // `now` is read a moment before `started` on the first render: never show a negative time.
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

function titleOf(figure: string): string {
  return isFigureId(figure) ? figureTitle(figure) : figure;
}

/** Whether the active catalogues hold `id` (a choice without words of its own shows its value). */
function hasMessage(id: string): boolean {
  return i18n.messages[id] !== undefined;
}

/** A setting's value in words: a number in the locale's digits, yes/no, a choice's name. */
function settingValue(key: FieldKey, value: unknown): string {
  const spec = FIELDS[key];
  switch (spec.kind) {
    case 'flag':
      return t(value ? 'presenter.yes' : 'presenter.no');
    case 'number':
      return formatNumber(value as number, spec.decimals);
    case 'id':
      return findStudy(String(value))?.shortName ?? String(value);
    case 'enum': {
      const id = `field.${key}.${String(value)}`;
      return hasMessage(id) ? t(id as MessageId) : String(value);
    }
  }
}

/** The live figure's settings that differ from the defaults, in words (they follow the stage). */
function LiveSettings({ figure }: { figure: string }) {
  const reads = (figureInfo(figure)?.reads ?? []) as FieldKey[];
  // A string, so the selector's result is stable between renders.
  const changed = useExplorerStore((state) =>
    reads
      .filter((key) => state[key] !== DEFAULT_DOCUMENT[key])
      .map((key) => `${key}=${String(state[key])}`)
      .join('&'),
  );
  const settings = [...new URLSearchParams(changed)].map(([key, raw]) => {
    const field = key as FieldKey;
    const value = FIELDS[field].kind === 'number' ? Number(raw) : raw;
    return t('presenter.setting', {
      label: t(`presenter.field.${field}` as MessageId),
      value: settingValue(field, FIELDS[field].kind === 'flag' ? raw === 'true' : value),
    });
  });
  return (
    <p className="presenter__settings" aria-live="polite">
      {settings.length > 0
        ? t('presenter.liveSettings', { settings: formatList(settings) })
        : t('presenter.liveSettingsNone')}
    </p>
  );
}

export function PresenterView() {
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
      <h1 className="presenter__title">{t('presenter.title')}</h1>
      <div className="presenter__clocks">
        <p>
          {t('presenter.elapsed')}{' '}
          <strong data-testid="elapsed" dir="ltr">
            {formatElapsed(now - started)}
          </strong>
        </p>
        <p>
          {t('presenter.clock')} <strong>{formatTime(new Date(now))}</strong>
        </p>
      </div>
      <section className="presenter__current" aria-labelledby="presenter-current">
        <h2 id="presenter-current">
          {t('presenter.now', { slide, count: SLIDE_COUNT, title: step.title })}
        </h2>
        <p className="presenter__live">
          {step.takeaway
            ? t('presenter.onStageWithTakeaway', {
                figure: titleOf(step.figure),
                takeaway: step.takeaway,
              })
            : t('presenter.onStage', { figure: titleOf(step.figure) })}
        </p>
        <LiveSettings figure={step.figure} />
        <p className="presenter__notes">{step.notes}</p>
      </section>
      <section className="presenter__next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">
          {next ? t('presenter.next', { title: next.title }) : t('presenter.last')}
        </h2>
        {next && (
          <p className="presenter__preview">
            {next.takeaway
              ? t('presenter.previewWithTakeaway', {
                  figure: titleOf(next.figure),
                  takeaway: next.takeaway,
                })
              : t('presenter.preview', { figure: titleOf(next.figure) })}
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
          {t('lecture.previous')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => goTo(slide + 1)}
          disabled={slide >= SLIDE_COUNT}
        >
          {t('lecture.next')}
        </button>
      </div>
    </main>
  );
}
