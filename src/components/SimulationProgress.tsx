/**
 * Progress of a long simulation: a progress bar with the trials done (its value and value text
 * are the count), the count in words, a Cancel button while it runs, and a polite live region
 * that speaks at milestones — when it starts, at each quarter, and when it is done or cancelled —
 * rather than on every streamed chunk, which would bury a screen-reader user in numbers. Words from
 * the `lab` catalogue (the design lab is its one user).
 */
import { t } from '../messages/i18n';
import { formatNumber, formatPercent } from '../messages/format';

export interface SimulationProgressProps {
  /** The progress bar's name, e.g. "Simulated trials". */
  label: string;
  trialsDone: number;
  total: number;
  isDone: boolean;
  isCancelled: boolean;
  /** Shown while running; omitted where nothing can be pressed (a slide, the handout). */
  onCancel?: () => void;
  className?: string;
}

const count = (x: number) => formatNumber(x, 0);

/** What the live region says: it changes at most six times a run (start, ¼, ½, ¾, the end). */
export function progressAnnouncement(
  trialsDone: number,
  total: number,
  isDone: boolean,
  isCancelled: boolean,
): string {
  if (isDone) return t('lab.progress.done', { total: count(total) });
  if (isCancelled) {
    return t('lab.progress.cancelled', { done: count(trialsDone), total: count(total) });
  }
  const quarters = total > 0 ? Math.min(3, Math.floor((trialsDone / total) * 4)) : 0;
  return quarters === 0
    ? t('lab.progress.starting', { total: count(total) })
    : t('lab.progress.quarter', { share: formatPercent(quarters / 4), total: count(total) });
}

export function SimulationProgress({
  label,
  trialsDone,
  total,
  isDone,
  isCancelled,
  onCancel,
  className,
}: SimulationProgressProps) {
  const isRunning = !isDone && !isCancelled;
  return (
    <div className={className}>
      <progress
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={trialsDone}
        aria-valuetext={t('lab.progress.count', { done: count(trialsDone), total: count(total) })}
        max={Math.max(1, total)}
        value={trialsDone}
      />
      <span>
        {t('lab.progress.line', {
          done: count(trialsDone),
          total: count(total),
          state: isDone ? 'done' : isCancelled ? 'cancelled' : 'running',
        })}
      </span>
      {isRunning && onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('lab.progress.cancel')}
        </button>
      )}
      <span className="visually-hidden" role="status">
        {progressAnnouncement(trialsDone, total, isDone, isCancelled)}
      </span>
    </div>
  );
}
