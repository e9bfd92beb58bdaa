/** The lecture deck (data/lecture/default.json), validated at build time and typed here. */
import deckJson from '../../data/lecture/default.json';
import type { LectureDeckData } from './schema';
import { registerDataText } from './localize';

registerDataText('lecture/default.json', deckJson);

export const DEFAULT_DECK = deckJson as LectureDeckData;
