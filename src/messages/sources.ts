/** The words of the "Show sources" switch (src/controls/SourcesSwitch.tsx) and the Sources view's app citation. */
import type { AppCitationInput } from '../model/citation';
import { activeLocale, t } from './i18n';
import { intlTag } from './languages';

export function sourcesSwitchText() {
  return {
    label: t('sourcesSwitch.label'),
    offHint: t('sourcesSwitch.offHint'),
    onHint: t('sourcesSwitch.onHint'),
  };
}

/**
 * The app's own APA 7 reference in the reader's language (APA's Spanish edition writes "Versión",
 * "[Aplicación web interactiva]" and "Recuperado el 23 de noviembre de 2026, de …"). The title is
 * the app's title as the reader sees it; BibTeX stays as src/model/citation.ts writes it.
 */
export function appApaCitation(input: AppCitationInput): string {
  const tag = intlTag(activeLocale());
  const [year, month, day] = input.accessed.split('-').map(Number);
  // English APA writes the month first ("November 23, 2026"), so American English dates it.
  const date = new Intl.DateTimeFormat(tag === 'en-GB' ? 'en-US' : tag, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return t('sources.cite.app', {
    author: t('sources.cite.author'),
    year: input.year,
    title: t('app.title'),
    version: input.version,
    date,
    url: input.url,
  });
}
