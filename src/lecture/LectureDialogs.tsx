/**
 * The lecture's dialogs: the overview of all steps, the key help and go-to-step. Each takes focus
 * as it opens and gives it back as it closes; Escape closes it (the stage's key handler).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { DECK, SLIDE_COUNT } from './deck';
import { KEY_HELP } from './keymap';
import { t } from '../messages/i18n';
import { viewLabel } from '../messages/views';
import type { View } from '../document/fields';

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
            {t('lecture.close')}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}

export function OverviewDialog({
  current,
  onChoose,
  onClose,
}: {
  current: number;
  onChoose: (slide: number) => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={t('lecture.allSteps', { count: SLIDE_COUNT })} onClose={onClose}>
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
              <span className="lecture__tile-view">{viewLabel(step.view as View)}</span>
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

export function HelpDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={t('lecture.help.title')} onClose={onClose}>
      <table className="data-table">
        <caption className="visually-hidden">{t('lecture.help.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lecture.help.keysColumn')}</th>
            <th scope="col">{t('lecture.help.actionColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {KEY_HELP.map((row) => (
            <tr key={row}>
              <td>
                {/* Key names read left to right in every language, like the keys themselves. */}
                <kbd dir="ltr">{t(`lecture.help.${row}.keys`)}</kbd>
              </td>
              <td>{t(`lecture.help.${row}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('lecture.help.note')}</p>
    </Dialog>
  );
}

export function GoToDialog({
  onGo,
  onClose,
}: {
  onGo: (slide: number) => void;
  onClose: () => void;
}) {
  const [value, setValue] = useState('');
  return (
    <Dialog title={t('lecture.goto.title')} onClose={onClose}>
      <form
        className="lecture__goto"
        onSubmit={(event) => {
          event.preventDefault();
          const target = Number(value);
          if (Number.isInteger(target) && target >= 1 && target <= SLIDE_COUNT) onGo(target);
        }}
      >
        <label>
          {t('lecture.goto.label', { count: SLIDE_COUNT })}{' '}
          <input
            type="number"
            min={1}
            max={SLIDE_COUNT}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>{' '}
        <button type="submit" className="button">
          {t('lecture.goto.go')}
        </button>
      </form>
    </Dialog>
  );
}
