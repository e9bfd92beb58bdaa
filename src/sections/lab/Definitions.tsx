/** What the lab's numbers mean, in plain words. */
import { Fact } from '../../components/Fact';

/** Why the two-stage procedure fails: Freeman's study of it (not a study of either trial). */
const TWO_STAGE_FINDING = {
  label: 'The two-stage procedure',
  value: 'its estimates are biased and it gives too many false positives',
  sourceId: 'freeman-1989',
  tier: 'paper',
} as const;

export function Definitions() {
  return (
    <section aria-labelledby="definitions-title">
      <h2 id="definitions-title">What the numbers mean</h2>
      <dl className="definitions">
        <dt>Power</dt>
        <dd>The share of trials that would find a real effect of the size you set (p below α).</dd>
        <dt>Type I error</dt>
        <dd>
          The share of trials that come out “significant” when there is no effect at all. It should
          be α.
        </dd>
        <dt>Monte Carlo SE</dt>
        <dd>
          How much a simulated share could differ from its true value just because a finite number
          of trials was simulated.
        </dd>
        <dt>Bias</dt>
        <dd>
          The average estimate minus the true effect. In a crossover with carryover λ, it is −λ/2.
        </dd>
        <dt>Two-stage procedure</dt>
        <dd>
          Testing for carryover first and, if found, using period 1 only. It looks careful, but{' '}
          <Fact fact={TWO_STAGE_FINDING} /> — even when there is no carryover at all.
        </dd>
        <dt>Expected sample size</dt>
        <dd>With an interim look, the average number of people a trial ends up using.</dd>
      </dl>
    </section>
  );
}
