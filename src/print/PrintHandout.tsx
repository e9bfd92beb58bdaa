/**
 * The handout (print=1): every view's figures in their current state, with captions, sources and
 * tiers — no buttons, sliders or prediction widgets — or, with lecture=1, the lecture deck with
 * its notes; both with the permalink and a QR code of it. The browser's print command (or the
 * Print button) turns it into paper or PDF. Figures render through the same registry as views.
 */
import { useExplorerStore } from '../store';
import { pickDocument } from '../store/documentSlice';
import { encode } from '../document/codec';
import { VIEWS } from '../document/fields';
import { viewLabel } from '../messages/views';
import { APP_TITLE, APP_VERSION } from '../appInfo';
import { DECK, slideDocument } from '../lecture/deck';
import { QrCode } from './QrCode';
import { FIGURES } from '../document/figures';
import { FigureHost } from '../figures/registry';
import { useLabFigureShown } from '../hooks/useLabSettings';

function permalinkOf(search: string): string {
  return `${window.location.origin}${window.location.pathname}${search ? `?${search}` : ''}`;
}

export default function PrintHandout() {
  const lecture = useExplorerStore((state) => state.lecture);
  const theme = useExplorerStore((state) => state.theme);
  const lang = useExplorerStore((state) => state.lang);
  const search = useExplorerStore((state) =>
    encode({ ...pickDocument(state), embed: false, print: false }),
  );
  const permalink = permalinkOf(search);
  const exit = useExplorerStore((state) => state.setPrint);
  const shown = useLabFigureShown();
  const generated = new Date().toLocaleDateString('en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

  return (
    <div className="handout">
      <header className="handout__header">
        <div>
          <p className="handout__kicker">Handout</p>
          <h1 className="handout__title">{lecture ? DECK.title : APP_TITLE}</h1>
          <p>
            {APP_TITLE}, version {APP_VERSION}. Printed {generated}. Every number carries its tier:
            paper, registry, secondary (named), derived (formula given), not reported, or
            illustrative (a teaching model, not study data).
          </p>
          <p className="handout__link">
            Live version: <a href={permalink}>{permalink}</a>
          </p>
          <div className="handout__actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <button type="button" className="button button--quiet" onClick={() => exit(false)}>
              Back to the app
            </button>
          </div>
        </div>
        <QrCode text={permalink} label={`QR code of the live version: ${permalink}`} />
      </header>
      {lecture ? (
        <ol className="handout__deck">
          {DECK.steps.map((step, index) => {
            const url = permalinkOf(
              encode(slideDocument(index + 1, { theme, lang, presenter: false })),
            );
            return (
              <li key={index} className="handout__step">
                <h2>
                  {index + 1}. {step.title}
                </h2>
                <p>{step.notes}</p>
                <p className="handout__step-link">
                  <a href={url}>{url}</a>
                </p>
              </li>
            );
          })}
        </ol>
      ) : (
        VIEWS.map((view, index) => (
          <section
            key={view}
            className="handout__view"
            aria-label={`${index + 1}. ${viewLabel(view)}`}
          >
            <p className="handout__view-label">
              {index + 1}. {viewLabel(view)}
            </p>
            {FIGURES.filter((figure) => figure.view === view && shown(figure.id)).map((figure) => (
              <FigureHost key={figure.id} id={figure.id} frame="print" />
            ))}
          </section>
        ))
      )}
    </div>
  );
}
