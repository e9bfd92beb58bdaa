/**
 * One lecture slide: the step's title, its live figure (or two side by side) with the figure's
 * controls, and at most one short takeaway — sized to fill the screen without scrolling. The
 * figure is the same one the views show (src/figures/registry.tsx), so a lecturer can move a
 * slider live and the URL and the presenter window follow.
 */
import type { LectureStepData } from '../data/schema';
import { FigureHost, isFigureId } from '../figures/registry';
import './Slide.css';

export function Slide({ step }: { step: LectureStepData }) {
  const figures = [step.figure, step.figure2].filter(
    (id): id is NonNullable<typeof id> => id !== undefined && isFigureId(id),
  );
  return (
    <article
      className={`slide slide--${figures.length === 2 ? 'two' : 'one'}`}
      aria-labelledby="slide-title"
    >
      <h1 id="slide-title" className="slide__title" tabIndex={-1}>
        {step.title}
      </h1>
      <div className="slide__figures">
        {figures.map((id) => (
          <FigureHost key={id} id={id as never} frame="slide" controls />
        ))}
      </div>
      {step.takeaway && <p className="slide__takeaway">{step.takeaway}</p>}
    </article>
  );
}
