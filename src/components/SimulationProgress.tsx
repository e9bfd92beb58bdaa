/**
 * Progress of a long simulation: a progress bar with the trials done (its value and value text
 * are the count), the count in words, a Cancel button while it runs, and a polite live region
 * that speaks at milestones — when it starts, at each quarter, and when it is done or cancelled —
 * rather than on every streamed chunk, which would bury a screen-reader user in numbers.
 */

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

const COUNT = new Intl.NumberFormat('en-GB');

/** What the live region says: it changes at most six times a run (start, ¼, ½, ¾, the end). */
export function progressAnnouncement(
  trialsDone: number,
  total: number,
  isDone: boolean,
  isCancelled: boolean,
): string {
  if (isDone) return `Done: ${COUNT.format(total)} trials simulated.`;
  if (isCancelled) {
    return `Cancelled after ${COUNT.format(trialsDone)} of ${COUNT.format(total)} trials.`;
  }
  const quarters = total > 0 ? Math.min(3, Math.floor((trialsDone / total) * 4)) : 0;
  return quarters === 0
    ? `Simulating ${COUNT.format(total)} trials…`
    : `${quarters * 25}% of ${COUNT.format(total)} trials simulated…`;
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
        aria-valuetext={`${COUNT.format(trialsDone)} of ${COUNT.format(total)} trials`}
        max={Math.max(1, total)}
        value={trialsDone}
      />
      <span>
        {COUNT.format(trialsDone)} of {COUNT.format(total)} trials
        {isDone ? ' — done' : isCancelled ? ' — cancelled' : ''}
      </span>
      {isRunning && onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      )}
      <span className="visually-hidden" role="status">
        {progressAnnouncement(trialsDone, total, isDone, isCancelled)}
      </span>
    </div>
  );
}
