// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { activateLocale, activeLocale, t } from '../../src/messages/i18n';
import { formatInterval, formatNumber, formatPercent } from '../../src/messages/format';
import { resolveLocale } from '../../src/messages/languages';
import { checkCatalogs, readCatalogTexts } from '../../scripts/catalogs';

const root = fileURLToPath(new URL('../../', import.meta.url));

afterEach(async () => {
  await activateLocale('en');
});

describe('resolveLocale', () => {
  it('follows the browser for auto, matching a regional tag to its language', () => {
    expect(resolveLocale('auto', ['es-MX', 'en'])).toBe('es');
    expect(resolveLocale('auto', ['fr-FR', 'de'])).toBe('en');
    expect(resolveLocale('auto', [])).toBe('en');
  });
  it('keeps an explicit choice over the browser', () => {
    expect(resolveLocale('en', ['es-ES'])).toBe('en');
    expect(resolveLocale('pseudo-rtl', ['es'])).toBe('pseudo-rtl');
  });
});

describe('the message catalogues', () => {
  it('are complete and well formed as committed', () => {
    expect(checkCatalogs(readCatalogTexts(root))).toEqual([]);
  });

  it('name the file and id of a missing translation, a stray id and a wrong placeholder', () => {
    const en = readFileSync(`${root}src/locales/en/shell.json`, 'utf8');
    const es = JSON.parse(readFileSync(`${root}src/locales/es/shell.json`, 'utf8')) as Record<
      string,
      string
    >;
    delete es['header.theme'];
    es['header.themez'] = 'Tema';
    es['error.details'] = 'Detalles: {mensaje}';
    const errors = checkCatalogs({
      'src/locales/en/shell.json': en,
      'src/locales/es/shell.json': JSON.stringify(es),
    });
    expect(errors).toContain('src/locales/es/shell.json: header.theme: missing translation');
    expect(
      errors.some((e) => e.startsWith('src/locales/es/shell.json: header.themez: not in')),
    ).toBe(true);
    expect(errors).toContain(
      'src/locales/es/shell.json: error.details: placeholders differ from English (missing {message}, unknown {mensaje})',
    );
  });

  it('fail a catalogue of a language that is not in the table', () => {
    const en = readFileSync(`${root}src/locales/en/shell.json`, 'utf8');
    const errors = checkCatalogs({
      'src/locales/en/shell.json': en,
      'src/locales/xx/shell.json': '{}',
    });
    expect(errors).toContain(
      'src/locales/xx/shell.json: no language "xx" in src/messages/languages.ts',
    );
    expect(errors).toContain(
      'src/locales/es/shell.json: missing (src/locales/en/shell.json needs a translation in every language)',
    );
  });
});

describe('switching language', () => {
  it('loads Spanish on demand and formats numbers the Spanish way', async () => {
    expect(t('header.theme')).toBe('Theme');
    expect(formatNumber(0.68)).toBe('0.68');
    expect(formatInterval(formatPercent(0.28), formatPercent(0.85))).toBe('28%–85%');
    await activateLocale('es');
    expect(activeLocale()).toBe('es');
    expect(t('header.theme')).toBe('Tema');
    expect(t('error.details', { message: 'x' })).toBe('Detalles: x');
    expect(formatNumber(0.68)).toBe('0,68');
    expect(formatInterval(formatPercent(0.28), formatPercent(0.85))).toBe('28\u00a0%–85\u00a0%');
  });

  it('makes the pseudo-locale from English: accented, longer, placeholders kept', async () => {
    await activateLocale('pseudo');
    const text = t('error.details', { message: 'plain' });
    expect(text.startsWith('Ďéţáíĺš: ')).toBe(true);
    expect(text).toContain('plain');
    expect(t('header.theme').length).toBeGreaterThan('Theme'.length);
    // Markup around words stays markup, so <T> still finds its elements.
    expect(t('overview.sourcesLink')).toMatch(/<link>Šóúŕçéš<\/link>/);
  });

  it('keeps the later request when two overlap', async () => {
    const first = activateLocale('es');
    const second = activateLocale('en');
    await Promise.all([first, second]);
    expect(activeLocale()).toBe('en');
    expect(t('header.theme')).toBe('Theme');
  });
});

describe('the data’s words', () => {
  it('follow the language: Spanish from data/i18n/es, pseudo text, and English back', async () => {
    const { registerLocaleResource } = await import('../../src/messages/i18n');
    const { loadDataText } = await import('../../src/data/localize');
    const { GLOSSARY, findStudy } = await import('../../src/data/studies');
    const { formatFactValue } = await import('../../src/data/format');
    registerLocaleResource(loadDataText);
    const williams = findStudy('williams-2018')!;
    expect(GLOSSARY[0]!.term).toBe('Crossover trial');
    await activateLocale('es');
    expect(GLOSSARY[0]!.term).toBe('Ensayo cruzado');
    expect(williams.flow.planned!.label).toBe('Tamaño muestral previsto');
    expect(formatFactValue(williams.flow.planned!)).toBe('30 personas');
    expect(williams.title).toBe(
      'Attenuation of Antidepressant Effects of Ketamine by Opioid Receptor Antagonism',
    );
    await activateLocale('pseudo');
    expect(GLOSSARY[0]!.term.startsWith('Çŕóššóṽéŕ')).toBe(true);
    await activateLocale('en');
    expect(GLOSSARY[0]!.term).toBe('Crossover trial');
    expect(formatFactValue(williams.flow.planned!)).toBe('30 people');
  });
});
