/**
 * "Your own crossover study": open a study file (or drop one anywhere on the page), download the
 * template and the JSON Schema, and for each of the reader's studies show it, share it as a link,
 * download it, or remove it. The checker, storage and compression load only when used.
 */
import { useState, type ChangeEvent } from 'react';
import { useStudies } from '../hooks/useStudies';
import { originOf } from '../data/studies';
import type { StudyData } from '../data/schema';
import { useExplorerStore } from '../store';
import { selectSetStudy, selectSetView } from '../store/selectors';
import {
  notOpenedMessage,
  openedMessage,
  shareTooLong,
  type OwnMessage,
} from '../messages/ownStudy';
import { t, useCatalog } from '../messages/i18n';
import { T } from '../messages/T';
import type { ShareLink } from './shareLink';
import './OwnStudyPanel.css';

const loadOwn = () => import('./ownStudies');

/** What the last action said; worded at render, so it follows a change of language. */
type Outcome = { ok: boolean; text: () => OwnMessage };

export default function OwnStudyPanel() {
  // The panel's words load with it (it is lazy; the Overview's Suspense waits for them).
  useCatalog('own');
  const studies = useStudies();
  const mine = studies.filter((study) => originOf(study.id) === 'user');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [share, setShare] = useState<{ id: string; link: ShareLink } | null>(null);
  const [busy, setBusy] = useState(false);
  // An embedded Overview shows the studies, not the controls for opening one.
  const embedded = useExplorerStore((state) => state.embed);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      const own = await loadOwn();
      const result = await own.openStudyFile(file);
      const from = { kind: 'file', name: file.name } as const;
      setOutcome(
        result.ok
          ? { ok: true, text: () => openedMessage(result, from) }
          : { ok: false, text: () => notOpenedMessage(result.problems, from) },
      );
      if (result.ok) setShare(null);
    } catch (error) {
      setOutcome({
        ok: false,
        text: () => ({ title: t('own.couldNotOpen'), items: [String(error)] }),
      });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const downloadTemplate = async () => {
    const own = await loadOwn();
    own.saveTextFile('study-template-fictional.json', await own.templateText());
  };

  if (embedded) return null;
  const said = outcome?.text();
  return (
    <section className="own-study" aria-labelledby="own-study-title" id="own-study">
      <h2 id="own-study-title">{t('own.title')}</h2>
      <p>
        <T id="own.intro" components={{ link: <a href="study.schema.json" download /> }} />
      </p>
      <div className="own-study__open">
        <label className="own-study__file">
          <span className="own-study__file-label">{t('own.openLabel')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onFile(event)}
            disabled={busy}
          />
        </label>
        <button type="button" className="button" onClick={() => void downloadTemplate()}>
          {t('own.template')}
        </button>
      </div>

      <div role="status" aria-live="polite" className="own-study__status">
        {outcome && said && (
          <div
            className={`own-study__outcome own-study__outcome--${outcome.ok ? 'ok' : 'problem'}`}
          >
            <p className="own-study__outcome-title">{said.title}</p>
            <ul>
              {said.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {mine.length > 0 && (
        <ul className="own-study__list" aria-label={t('own.list')}>
          {mine.map((study) => (
            <OwnStudyRow
              key={study.id}
              study={study}
              share={share?.id === study.id ? share.link : null}
              onShare={(link) => setShare({ id: study.id, link })}
              onRemoved={() => {
                setShare(null);
                setOutcome({
                  ok: true,
                  text: () => ({
                    title: t('own.removed', { name: study.shortName }),
                    items: [t('own.removed.body')],
                  }),
                });
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function OwnStudyRow({
  study,
  share,
  onShare,
  onRemoved,
}: {
  study: StudyData;
  share: ShareLink | null;
  onShare: (link: ShareLink) => void;
  onRemoved: () => void;
}) {
  const setStudy = useExplorerStore(selectSetStudy);
  const setView = useExplorerStore(selectSetView);
  const [copied, setCopied] = useState<'' | 'own.copied' | 'own.copyFailed'>('');
  const name = (
    <>
      {' '}
      <span className="visually-hidden">{study.shortName}</span>
    </>
  );
  const download = async () => {
    const own = await loadOwn();
    own.saveTextFile(`${study.id}.json`, own.fileTextOf(study.id));
  };
  return (
    <li className="own-study__item">
      <p className="own-study__name">
        <strong>{study.shortName}</strong> <span className="own-study__mark">{t('own.mark')}</span>
        <br />
        <span className="own-study__kicker">{study.kicker}</span>
      </p>
      <div className="own-study__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setStudy(study.id);
            setView('designs');
          }}
        >
          {t('own.show')}
          {name}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => onShare(await (await loadOwn()).shareLinkOf(study.id))}
        >
          {t('own.share')}
          {name}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void download()}>
          {t('own.download')}
          {name}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => {
            await (await loadOwn()).removeOwnStudy(study.id);
            onRemoved();
          }}
        >
          {t('own.remove')}
          {name}
        </button>
      </div>
      {share && share.tooLong && (
        <p className="own-study__share">
          {shareTooLong(share.length, share.max)}{' '}
          <button type="button" className="button" onClick={() => void download()}>
            {t('own.download')}
            {name}
          </button>
        </p>
      )}
      {share && !share.tooLong && (
        <div className="own-study__share">
          <label>
            <span>{t('own.linkTo', { name: study.shortName })}</span>
            <input
              type="text"
              readOnly
              value={share.url}
              onFocus={(event) => event.currentTarget.select()}
            />
          </label>
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              navigator.clipboard.writeText(share.url).then(
                () => setCopied('own.copied'),
                () => setCopied('own.copyFailed'),
              )
            }
          >
            {t('own.copy')}
          </button>
          <span role="status">{copied && t(copied)}</span>
          <p>{t('own.shareReady')}</p>
        </div>
      )}
    </li>
  );
}
