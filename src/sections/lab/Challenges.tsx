/**
 * The lab's guided challenges. Each is a link (`?view=lab&challenge=<id>`): it asks for a
 * prediction first (kept in the document, so a reload or a shared link keeps it), then sets the
 * lab to the challenge's settings; the lab's own seeded run (the worker run the estimates figure
 * shows, shared with it) is read when it finishes, and the result — numbers and words — comes from
 * that run's totals, with the prediction compared against it.
 */
import { useMemo, useState, type MouseEvent } from 'react';
import { useExplorerStore } from '../../store';
import { selectApplyLabPreset, selectSetField } from '../../store/selectors';
import { pickDocument } from '../../store/documentSlice';
import { encode } from '../../document/codec';
import { useLabParams } from '../../hooks/useLabParams';
import { useLabSettings } from '../../hooks/useLabSettings';
import { useLabDerived } from '../../hooks/useLabDerived';
import { useMonteCarlo } from '../../hooks/useMonteCarlo';
import {
  CHALLENGE_CHOICES,
  CHALLENGE_IDS,
  PREDICTION_FIELD,
  challengeResult,
  challengeSetup,
  changedSettings,
  type ChallengeChoice,
  type ChallengeId,
} from '../../model/lab/challenges';
import {
  challengeResultText,
  challengeTask,
  challengesText,
  choiceLabel,
  verdictText,
} from '../../messages/challenges';
import { RadioGroup } from '../../controls/RadioGroup';
import './Challenges.css';

/** The link of a challenge: the whole document with the lab view and the challenge open. */
function challengeHref(id: ChallengeId): string {
  return `?${encode({ ...pickDocument(useExplorerStore.getState()), view: 'lab', challenge: id })}`;
}

function ChallengeLink({
  id,
  current,
  children,
}: {
  id: ChallengeId;
  current?: boolean;
  children: string;
}) {
  const setField = useExplorerStore(selectSetField);
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.setAttribute('href', challengeHref(id));
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    setField('challenge', id);
    requestAnimationFrame(() => {
      const heading = document.getElementById('challenge-open');
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.focus({ preventScroll: true });
    });
  };
  return (
    <a
      href={challengeHref(id)}
      aria-current={current ? 'true' : undefined}
      onPointerEnter={(event) => event.currentTarget.setAttribute('href', challengeHref(id))}
      onFocus={(event) => event.currentTarget.setAttribute('href', challengeHref(id))}
      onClick={open}
    >
      {children}
    </a>
  );
}

/**
 * The head of the lab's figures: the open challenge, or one line pointing to the list (so the
 * lab's first figure stays on the first screen).
 */
export function ChallengeHead() {
  const open = useExplorerStore((state) => state.challenge);
  const text = challengesText();
  if (open !== 'none') return <ChallengeCard key={open} id={open} />;
  return (
    <p className="challenges__nudge">
      {text.nudge}{' '}
      <a
        href="#challenges-title"
        onClick={(event) => {
          event.preventDefault();
          const heading = document.getElementById('challenges-title');
          heading?.scrollIntoView?.();
          heading?.focus();
        }}
      >
        {text.nudgeLink}
      </a>
    </p>
  );
}

/** The list of challenges, each a link that opens it at the head of the lab. */
export function Challenges() {
  const open = useExplorerStore((state) => state.challenge);
  const text = challengesText();
  return (
    <section className="challenges" aria-labelledby="challenges-title">
      <h2 id="challenges-title" tabIndex={-1}>
        {text.heading}
      </h2>
      <p className="challenges__intro">{text.intro}</p>
      <nav aria-label={text.listLabel}>
        <ol className="challenges__list">
          {CHALLENGE_IDS.map((id) => (
            <li key={id}>
              <ChallengeLink id={id} current={open === id}>
                {challengeTask(id).title}
              </ChallengeLink>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

function ChallengeCard({ id }: { id: ChallengeId }) {
  const text = challengesText();
  const task = challengeTask(id);
  const field = PREDICTION_FIELD[id];
  const guess = useExplorerStore((state) => state[field]) as ChallengeChoice;
  const setField = useExplorerStore(selectSetField);
  const apply = useExplorerStore(selectApplyLabPreset);
  const params = useLabParams();
  const settings = useLabSettings();
  const changed = useMemo(
    () => changedSettings(id, { ...params, ...settings }),
    [id, params, settings],
  );
  const [ranHere, setRanHere] = useState(false);
  const index = CHALLENGE_IDS.indexOf(id);
  const next = CHALLENGE_IDS[(index + 1) % CHALLENGE_IDS.length]!;
  const predicted = guess !== 'none';
  const setUp = changed.length === 0;
  const options = CHALLENGE_CHOICES[id]
    .filter((choice) => choice !== 'none')
    .map((choice) => ({ value: choice as ChallengeChoice, label: choiceLabel(id, choice) }));

  return (
    <article className="challenge" aria-labelledby="challenge-open">
      <p className="challenge__number">{text.number(index + 1, CHALLENGE_IDS.length)}</p>
      <h2 id="challenge-open" className="challenge__title" tabIndex={-1}>
        {task.title}
      </h2>
      <p className="challenge__task">{task.task}</p>
      <RadioGroup<ChallengeChoice>
        legend={text.predictLegend}
        value={guess}
        options={options}
        onChange={(value) => setField(field, value as never)}
      />
      {!predicted ? (
        <p className="challenge__hint">{text.predictFirst}</p>
      ) : (
        <>
          {!setUp && (
            <p className="challenge__hint">
              {ranHere ? text.changed(changed.length) : text.notRun}
            </p>
          )}
          {!setUp && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                apply(challengeSetup(id));
                setRanHere(true);
              }}
            >
              {ranHere ? text.runAgain : text.run}
            </button>
          )}
          {setUp && <ChallengeOutcome id={id} guess={guess} />}
        </>
      )}
      <div className="challenge__actions">
        <ChallengeLink id={next}>{text.next(challengeTask(next).title)}</ChallengeLink>
        <button type="button" className="button" onClick={() => setField('challenge', 'none')}>
          {text.close}
        </button>
      </div>
    </article>
  );
}

/** The result of the lab's current run (the one the estimates figure shows) for a challenge. */
function ChallengeOutcome({ id, guess }: { id: ChallengeId; guess: ChallengeChoice }) {
  const text = challengesText();
  const params = useLabParams();
  const { lambda } = useLabDerived(params);
  // The same job, and the same key, as the estimates figure: the two share one run.
  const jobKey = JSON.stringify({ ...params, lambda });
  const job = useMemo(() => ({ params, lambda }), [params, lambda]);
  const mc = useMonteCarlo(job, jobKey);
  const result = useMemo(
    () => (mc.done && mc.main ? challengeResult(id, mc.main, params, lambda) : null),
    [id, mc.done, mc.main, params, lambda],
  );
  if (!result) {
    return (
      <div className="challenge__outcome" role="status">
        <p className="challenge__status">
          {mc.cancelled ? text.stopped : text.running(mc.trialsDone, params.sims)}
        </p>
      </div>
    );
  }
  const words = challengeResultText(result);
  const match = guess === result.answer;
  return (
    <div
      className={`challenge__outcome challenge__outcome--done${match ? ' challenge__outcome--match' : ''}`}
      role="status"
      data-answer={result.answer}
    >
      <h3 className="challenge__result-title">{text.resultHeading}</h3>
      <p className="challenge__result">{words.result}</p>
      <p className="challenge__verdict">
        <span aria-hidden="true">{match ? '✓ ' : '✗ '}</span>
        {verdictText(result, guess)}
      </p>
      <p>{words.why}</p>
      <p className="challenge__note">{text.seedNote(params.seed, result.trials)}</p>
    </div>
  );
}
