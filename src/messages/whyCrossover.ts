/** The words of the "Why a crossover?" figure, built from the values of src/model/whyCrossover.ts. */
import type { WhyCrossover } from '../model/whyCrossover';
import { WHY_SETTINGS } from '../model/whyCrossover';
import { t } from './i18n';
import { formatNumber } from './format';

const sd = (x: number) => formatNumber(x, 2, true);

/** The figure's fixed words (read when drawn, so they follow the language). */
export function whyText() {
  return {
    title: t('figure.why-crossover.title'),
    description: t('why.description'),
    parallelTitle: t('why.parallelTitle'),
    crossoverTitle: t('why.crossoverTitle'),
    control: t('why.control'),
    active: t('why.active'),
    axis: t('why.axis'),
    person: (id: number) => t('why.person', { id }),
    illustrative: t('why.illustrative', {
      effect: formatNumber(WHY_SETTINGS.effect, 1),
      rho: formatNumber(WHY_SETTINGS.rho, 1),
    }),
    tableCaption: t('why.tableCaption'),
    columns: [
      t('why.column.person'),
      t('why.column.group'),
      t('why.column.control'),
      t('why.column.active'),
      t('why.column.difference'),
    ],
    arms: { active: t('why.active'), control: t('why.control') },
    redraw: t('why.redraw'),
    takeaway: t('why.takeaway'),
  };
}

/** One live sentence: the spread each design carries into its comparison. */
export function whyCrossoverSummary(why: WhyCrossover): string {
  return t('why.summary', {
    between: sd(why.spreadBetweenPeople),
    within: sd(why.spreadWithinPeople),
    parallel: sd(why.parallelEstimate),
    crossover: sd(why.crossoverEstimate),
  });
}
