/**
 * What each tier means, and how the UI names it, in the reader's language (the words are in the
 * shell catalogue, src/locales/<code>/shell.json). One place, used by <Fact> and Sources.
 */
import type { TierName } from './schema';
import { TIERS } from './constants';
import { t } from '../messages/i18n';

export interface TierInfo {
  /** Short text on the marker. */
  readonly marker: string;
  /** One-line meaning, written for readers. */
  readonly meaning: string;
}

/** Read at render time (getters), so the words follow the active language. */
export const TIER_INFO: Record<TierName, TierInfo> = Object.fromEntries(
  TIERS.map((tier) => [
    tier,
    {
      get marker() {
        return t(`tier.${tier}`);
      },
      get meaning() {
        return t(`tier.${tier}.meaning`);
      },
    },
  ]),
) as Record<TierName, TierInfo>;
