/**
 * The lab's guided challenges: each sets the lab to its starting point, then says from the lab's
 * current settings — through the lab's model, never a stored answer — how close the reader is,
 * and when the task is met. Which challenge is open is page state, not document state.
 */
import { useMemo, useState } from 'react';
import { useExplorerStore } from '../../store';
import { selectApplyLabPreset } from '../../store/selectors';
import { useCurveParams, useLabParams } from '../../hooks/useLabParams';
import {
  CHALLENGE_IDS,
  CHALLENGE_START,
  checkChallenge,
  type ChallengeId,
} from '../../model/lab/challenges';
import { challengeFeedback, challengeTask, challengesText } from '../../messages/challenges';
import './Challenges.css';

export function Challenges() {
  const [active, setActive] = useState<ChallengeId | null>(null);
  const apply = useExplorerStore(selectApplyLabPreset);
  const text = challengesText();
  const start = (id: ChallengeId) => {
    apply(CHALLENGE_START[id]);
    setActive(id);
  };
  return (
    <section className="challenges" aria-labelledby="challenges-title">
      <h2 id="challenges-title">{text.heading}</h2>
      <p className="challenges__intro">{text.intro}</p>
      <ol className="challenges__list">
        {CHALLENGE_IDS.map((id) => (
          <li key={id} className="challenge">
            <h3 id={`challenge-${id}`} className="challenge__title">
              {challengeTask(id).title}
            </h3>
            <p className="challenge__task">{challengeTask(id).task}</p>
            <button
              type="button"
              className="button"
              aria-label={text.buttonName(
                active === id ? text.restart : text.start,
                challengeTask(id).title,
              )}
              onClick={() => start(id)}
            >
              {active === id ? text.restart : text.start}
            </button>
            {active === id && <ChallengeStatus id={id} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ChallengeStatus({ id }: { id: ChallengeId }) {
  const params = useLabParams();
  const curve = useCurveParams();
  const check = useMemo(() => checkChallenge(id, params, curve), [id, params, curve]);
  const text = challengesText();
  return (
    <p
      className={`challenge__status${check.met ? ' challenge__status--met' : ''}`}
      role="status"
      data-met={check.met}
    >
      <strong>{check.met ? text.met : text.notYet}</strong> {challengeFeedback(check)}
    </p>
  );
}
