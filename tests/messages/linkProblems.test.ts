import { afterAll, describe, expect, it } from 'vitest';
import { decode } from '../../src/document/codec';
import { linkProblemText, linkProblemsTitle } from '../../src/messages/linkProblems';
import { activateLocale } from '../../src/messages/i18n';

const words = (search: string) => decode(search).ignored.map(linkProblemText);

afterAll(() => activateLocale('en'));

describe('linkProblemText', () => {
  it('words each part of a link that was not used, quoting it', () => {
    expect(linkProblemsTitle()).toBe('Part of this link was not used');
    expect(words('view=sources&view=overview&colour=red&v=9')).toEqual([
      '“view=overview”: “view” was given more than once; the first was used.',
      '“colour”: not a setting this app knows.',
      '“v=9”: this link was made by another version of the app (this is version 3); its settings were read as well as possible.',
    ]);
    expect(words('step=2.5&rise=abc&curve=yes&half=1000')).toEqual([
      '“step=2.5”: not a whole number (expected 1–6); the default was used.',
      '“rise=abc”: not a number (expected 0–7); the default was used.',
      '“curve=yes”: not 1 or 0; the default was used.',
      '“half=1000”: outside 0.5–30; 30 was used.',
    ]);
    expect(
      decode('study=hess-2025&interim=half', {
        ids: { study: ['hess-2024', 'williams-2018'] },
      }).ignored.map(linkProblemText),
    ).toEqual([
      '“study=hess-2025”: not a study in this app (expected hess-2024, williams-2018); the default was used.',
      '“interim=half”: not a share between 0 and 0.9; no interim look.',
    ]);
  });

  it('in Spanish, with Spanish numbers', async () => {
    await activateLocale('es');
    expect(linkProblemsTitle()).toBe('Parte de este enlace no se ha usado');
    expect(words('half=1000&colour=red')).toEqual([
      '«half=1000»: fuera de 0,5–30; se ha usado 30.',
      '«colour»: no es un ajuste que esta aplicación conozca.',
    ]);
  });
});
