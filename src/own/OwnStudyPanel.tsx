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
  SHARE_READY,
  SHARE_TOO_LONG,
  type OwnMessage,
} from '../messages/ownStudy';
import type { ShareLink } from './shareLink';
import './OwnStudyPanel.css';

const loadOwn = () => import('./ownStudies');

type Outcome = OwnMessage & { ok: boolean };

export default function OwnStudyPanel() {
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
          ? { ok: true, ...openedMessage(result, from) }
          : { ok: false, ...notOpenedMessage(result.problems, from) },
      );
      if (result.ok) setShare(null);
    } catch (error) {
      setOutcome({ ok: false, title: 'The file could not be opened.', items: [String(error)] });
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
  return (
    <section className="own-study" aria-labelledby="own-study-title" id="own-study">
      <h2 id="own-study-title">Your own crossover study</h2>
      <p>
        Open a two-period crossover study written in this app’s study format (a JSON file), or drop
        the file anywhere on the page, to see its flow diagram, session schedule, design comparison
        and lab preset. The file is checked here in your browser and never sent anywhere. Start from
        the template, a fictional study, and let your editor check the file against the{' '}
        <a href="study.schema.json" download>
          format as JSON Schema
        </a>
        .
      </p>
      <div className="own-study__open">
        <label className="own-study__file">
          <span className="own-study__file-label">Open a study (JSON file, at most 1 MB)</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(event) => void onFile(event)}
            disabled={busy}
          />
        </label>
        <button type="button" className="button" onClick={() => void downloadTemplate()}>
          Download the template (a fictional study)
        </button>
      </div>

      <div role="status" aria-live="polite" className="own-study__status">
        {outcome && (
          <div
            className={`own-study__outcome own-study__outcome--${outcome.ok ? 'ok' : 'problem'}`}
          >
            <p className="own-study__outcome-title">{outcome.title}</p>
            <ul>
              {outcome.items.map((item, index) => (
                <li key={index}>{item}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {mine.length > 0 && (
        <ul className="own-study__list" aria-label="Your studies">
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
                  title: `Removed “${study.shortName}”`,
                  items: ['It is no longer in the app, and no longer kept in this browser.'],
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
  const [copied, setCopied] = useState('');
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
        <strong>{study.shortName}</strong> <span className="own-study__mark">your study</span>
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
          Show its design{name}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => onShare(await (await loadOwn()).shareLinkOf(study.id))}
        >
          Share as a link{name}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void download()}>
          Download the file{name}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={async () => {
            await (await loadOwn()).removeOwnStudy(study.id);
            onRemoved();
          }}
        >
          Remove{name}
        </button>
      </div>
      {share && share.tooLong && (
        <p className="own-study__share">
          {SHARE_TOO_LONG(share.length, share.max)}{' '}
          <button type="button" className="button" onClick={() => void download()}>
            Download the file{name}
          </button>
        </p>
      )}
      {share && !share.tooLong && (
        <div className="own-study__share">
          <label>
            <span>Link to {study.shortName}</span>
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
                () => setCopied('Link copied.'),
                () => setCopied('Copying failed: select the link and copy it yourself.'),
              )
            }
          >
            Copy the link
          </button>
          <span role="status">{copied}</span>
          <p>{SHARE_READY}</p>
        </div>
      )}
    </li>
  );
}
