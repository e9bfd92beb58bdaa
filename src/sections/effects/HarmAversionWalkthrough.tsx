/** A step-by-step (or, with reduced motion, still) walk-through of the harm aversion task. */
import { FigureHeading } from '../../figures/FigureHeading';
import { useFigureFrame } from '../../figures/frame';
import { useEffect, useState } from 'react';
import { useExplorerStore } from '../../store';
import { selectHatStep, selectSetHatStep } from '../../store/selectors';
import { FIELDS } from '../../document/fields';
import { usePrefersReducedMotion } from '../../hooks/usePrefersReducedMotion';
import { HarmAversionPanel, HAT_STEPS } from '../../charts/HarmAversionSchematic';

const HAT_CAPTIONS = [
  'Two cage mates sit in neighbouring chambers. Only the chooser can reach a lever.',
  'A press delivers a sucrose pellet to the chooser…',
  '…and, at the same moment, a mild shock to the cage mate next door.',
  'Not pressing gives neither: no pellet, no shock.',
  'The measure: presses compared with the rat’s own baseline. Lower means more sucrose given up to spare the cage mate; ketamine rats stayed lower than vehicle rats.',
];

export function HarmAversionWalkthrough() {
  const step = useExplorerStore(selectHatStep);
  const setStep = useExplorerStore(selectSetHatStep);
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || reducedMotion) return;
    const timer = window.setInterval(() => {
      const current = useExplorerStore.getState().hat;
      setStep(current >= FIELDS.hat.max ? FIELDS.hat.min : current + 1);
    }, 2800);
    return () => window.clearInterval(timer);
  }, [playing, reducedMotion, setStep]);

  if (reducedMotion) {
    // Reduced motion: the whole sequence at once, as a strip of still panels.
    return (
      <ol className="hat-strip" aria-label="Harm aversion task, step by step">
        {HAT_CAPTIONS.map((caption, index) => (
          <li key={index} className="hat-strip__panel">
            <HarmAversionPanel
              step={index + 1}
              animate={false}
              title={`Step ${index + 1}: ${caption}`}
            />
            <p className="hat-strip__caption">
              <strong>{index + 1}.</strong> {caption}
            </p>
          </li>
        ))}
      </ol>
    );
  }

  const caption = HAT_CAPTIONS[step - 1] ?? '';
  return (
    <div className="hat-walkthrough">
      <HarmAversionPanel
        key={step}
        step={step}
        animate
        title={`Step ${step} of ${HAT_STEPS}: ${caption}`}
      />
      <p className="hat-walkthrough__caption" aria-live="polite">
        <strong>
          Step {step} of {HAT_STEPS}.
        </strong>{' '}
        {caption}
      </p>
      <div className="step-controls" role="group" aria-label="Walk through the task">
        <button
          type="button"
          className="button"
          onClick={() => setStep(step - 1)}
          disabled={step <= FIELDS.hat.min}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setStep(step + 1)}
          disabled={step >= FIELDS.hat.max}
        >
          Next →
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
    </div>
  );
}

/** The walk-through as a figure (`hat`): a slide, an embed or a handout figure on its own. */
export function HarmAversionFigure() {
  // On a slide the slide's own title names the figure; the heading stays for screen readers.
  const onSlide = useFigureFrame() === 'slide';
  return (
    <figure className="chart-figure chart-figure--plain" aria-labelledby="hat-figure-title">
      <FigureHeading
        id="hat-figure-title"
        className={onSlide ? 'visually-hidden' : 'chart-figure__title'}
      >
        The harm aversion task, step by step
      </FigureHeading>
      <HarmAversionWalkthrough />
    </figure>
  );
}
