/**
 * The words for the parts of a link that were not used (src/document/codec.ts returns each as a
 * code and values): one sentence each, in the reader's language, with the link's own text quoted.
 */
import type { LinkProblem } from '../document/codec';
import { t } from './i18n';
import { formatNumber } from './format';

/** The notice's title. */
export function linkProblemsTitle(): string {
  return t('link.title');
}

const number = (value: number) => formatNumber(value, 4);

/** One problem as a sentence. */
export function linkProblemText(problem: LinkProblem): string {
  switch (problem.code) {
    case 'unreadable':
      return t('link.unreadable');
    case 'otherVersion':
      return t('link.otherVersion', { param: problem.param, version: problem.version });
    case 'unknownKey':
      return t('link.unknownKey', { param: problem.param });
    case 'repeated':
      return t('link.repeated', { param: problem.param, key: problem.key });
    case 'notShare':
      return t('link.notShare', { param: problem.param, max: number(problem.max) });
    case 'notOneOf':
      return t('link.notOneOf', { param: problem.param, choices: problem.choices });
    case 'notFlag':
      return t('link.notFlag', { param: problem.param });
    case 'notWholeNumber':
    case 'notNumber':
      return t(`link.${problem.code}`, {
        param: problem.param,
        min: number(problem.min),
        max: number(problem.max),
      });
    case 'notId':
      return t('link.notId', { param: problem.param, names: problem.names });
    case 'unknownId':
      return t('link.unknownId', {
        param: problem.param,
        names: problem.names,
        known: problem.known,
      });
    case 'clamped':
      return t('link.clamped', {
        param: problem.param,
        min: number(problem.min),
        max: number(problem.max),
        used: number(problem.used),
      });
  }
}
