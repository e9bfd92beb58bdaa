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
import { APP_VERSION } from '../appInfo';
import { t } from '../messages/i18n';
import { T } from '../messages/T';
import { formatDate } from '../messages/format';
import { DECK, slideDocument } from '../lecture/deck';
import { QrCode } from './QrCode';
import { DeckStepFigures } from './DeckHandout';
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
  const generated = formatDate(new Date());
  const appTitle = t('app.title');

  return (
    <div className="handout">
      <header className="handout__header">
        <div>
          <p className="handout__kicker">{t('handout.kicker')}</p>
          <h1 className="handout__title">{lecture ? DECK.title : appTitle}</h1>
          <p>{t('handout.about', { title: appTitle, version: APP_VERSION, date: generated })}</p>
          <p className="handout__link">
            <T
              id="handout.live"
              values={{ url: permalink }}
              components={{ link: <a href={permalink} dir="ltr" /> }}
            />
          </p>
          <div className="handout__actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('handout.print')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => exit(false)}>
              {t('handout.back')}
            </button>
          </div>
        </div>
        <QrCode text={permalink} label={t('handout.qr', { url: permalink })} />
      </header>
      {lecture ? (
        <ol className="handout__deck">
          {DECK.steps.map((step, index) => {
            const document = slideDocument(index + 1, { theme, lang, presenter: false });
            const url = permalinkOf(encode(document));
            return (
              <li key={index} className="handout__step" data-view={step.view}>
                <h2>{t('handout.numbered', { number: index + 1, title: step.title })}</h2>
                {/* The step's figure at the step's own settings, beside its notes. */}
                <div className="handout__step-body">
                  <DeckStepFigures step={step} document={document} />
                  <p>{step.notes}</p>
                </div>
                <p className="handout__step-link">
                  <T
                    id="handout.stepLink"
                    values={{ number: index + 1, url }}
                    components={{ link: <a href={url} dir="ltr" /> }}
                  />
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
            data-view={view}
            aria-label={t('handout.numbered', { number: index + 1, title: viewLabel(view) })}
          >
            <p className="handout__view-label">
              {t('handout.numbered', { number: index + 1, title: viewLabel(view) })}
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
