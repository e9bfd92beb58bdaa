/** A step-by-step (or, with reduced motion, still) walk-through of the harm aversion task. */
import { FigureHeading } from '../../figures/FigureHeading';
import { useFigureFrame } from '../../figures/frame';
import { useEffect, useState } from 'react';
import { useExplorerStore } from '../../store';
import { selectHatStep, selectSetHatStep } from '../../store/selectors';
import { FIELDS } from '../../document/fields';
import { usePrefersReducedMotion } from '../../hooks/usePrefersReducedMotion';
import { HarmAversionPanel, HAT_STEPS } from '../../charts/HarmAversionSchematic';
import { t } from '../../messages/i18n';
import { isRightToLeft } from './chapter';

const HAT_STEP_IDS = [
  'timeline.hat.step1',
  'timeline.hat.step2',
  'timeline.hat.step3',
  'timeline.hat.step4',
  'timeline.hat.step5',
] as const;

/** The captions of the task's steps, in the reader's language. */
function hatCaptions(): string[] {
  return HAT_STEP_IDS.map((id) => t(id));
}

export function HarmAversionWalkthrough() {
  const step = useExplorerStore(selectHatStep);
  const setStep = useExplorerStore(selectSetHatStep);
  const reducedMotion = usePrefersReducedMotion();
  const [playing, setPlaying] = useState(false);
  const captions = hatCaptions();
  const rtl = isRightToLeft();

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
      <ol className="hat-strip" aria-label={t('timeline.hat.stripLabel')}>
        {captions.map((caption, index) => (
          <li key={index} className="hat-strip__panel">
            <HarmAversionPanel
              step={index + 1}
              animate={false}
              rtl={rtl}
              title={t('timeline.hat.panelTitle', { step: index + 1, caption })}
            />
            <p className="hat-strip__caption">
              <strong>{index + 1}.</strong> {caption}
            </p>
          </li>
        ))}
      </ol>
    );
  }

  const caption = captions[step - 1] ?? '';
  return (
    <div className="hat-walkthrough">
      <HarmAversionPanel
        key={step}
        step={step}
        animate
        rtl={rtl}
        title={t('timeline.hat.panelTitleOf', { step, total: HAT_STEPS, caption })}
      />
      <p className="hat-walkthrough__caption" aria-live="polite">
        <strong>{t('timeline.hat.stepOf', { step, total: HAT_STEPS })}</strong> {caption}
      </p>
      <div className="step-controls" role="group" aria-label={t('timeline.hat.controls')}>
        <button
          type="button"
          className="button"
          onClick={() => setStep(step - 1)}
          disabled={step <= FIELDS.hat.min}
        >
          <span aria-hidden="true">{rtl ? '→' : '←'}</span> {t('timeline.hat.previous')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setStep(step + 1)}
          disabled={step >= FIELDS.hat.max}
        >
          {t('timeline.hat.next')} <span aria-hidden="true">{rtl ? '←' : '→'}</span>
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={playing}
          onClick={() => setPlaying(!playing)}
        >
          {playing ? t('timeline.hat.pause') : t('timeline.hat.play')}
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
        {t('figure.hat.title')}
      </FigureHeading>
      <HarmAversionWalkthrough />
    </figure>
  );
}
