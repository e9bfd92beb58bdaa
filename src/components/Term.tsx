/**
 * <Term id="washout">washout</Term>: a glossary term in running text. The word stays readable as
 * text; a small "?" button after it opens the definition (hover, focus or tap).
 */
import type { ReactNode } from 'react';
import { GLOSSARY } from '../data/studies';
import { Toggletip } from './Toggletip';
import { t } from '../messages/i18n';

export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = GLOSSARY.find((term) => term.id === id);
  if (!entry) throw new Error(`Unknown glossary term "${id}" (data/glossary.json)`);
  return (
    <span className="term">
      <span className="term__word">{children}</span>
      <Toggletip
        label="?"
        accessibleName={t('term.what', { term: entry.term })}
        buttonClassName="term__button"
      >
        <span className="toggletip__title">{entry.term}</span>
        <span className="toggletip__row">{entry.definition}</span>
        {entry.more && <span className="toggletip__row">{entry.more}</span>}
      </Toggletip>
    </span>
  );
}
