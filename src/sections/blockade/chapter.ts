/**
 * The study behind the Naltrexone blockade chapter: Williams et al. 2018. The chapter is specific
 * to this study; every number it shows is read from the study's facts here, never typed into a view.
 */
import { builtInStudy } from '../../data/studies';
import type { FactData } from '../../data/schema';

export const BLOCKADE_STUDY = builtInStudy('williams-2018');
const w = BLOCKADE_STUDY;

function need(fact: FactData | undefined, key: string): FactData {
  if (!fact) throw new Error(`data/studies/${w.id}.json is missing ${key}`);
  return fact;
}

export const FACTS = {
  respondersPlacebo: need(w.results.respondersPlacebo, 'results.respondersPlacebo'),
  respondersNaltrexone: need(w.results.respondersNaltrexone, 'results.respondersNaltrexone'),
  respondersNaltrexoneAll: w.results.respondersNaltrexoneAll,
  responseRate: need(w.results.responseRatePlacebo, 'results.responseRatePlacebo'),
  completers: w.flow.analysed,
  planned: need(w.flow.planned, 'flow.planned'),
  interim: w.flow.enrolled,
  remission: w.results.remission,
  hamd: need(w.results.hamdReductions, 'results.hamdReductions'),
  dissociation: need(w.results.dissociation, 'results.dissociation'),
  allCompleters: w.results.allCompleters,
  magnitudes: w.results.magnitudes,
  suicidality: w.results.suicidality,
  stopFraming: w.design.stopFraming,
};

export const count = (fact: FactData) => {
  if (typeof fact.value !== 'number') throw new Error(`"${fact.label}" is not a count`);
  return fact.value;
};
