/** Small formatting helpers shared by the design lab's figures (words: the `lab` catalogue). */
import { t } from '../../messages/i18n';

export { describeTest, fixed as num, percent1 as pct } from '../../messages/lab';

/** The provenance note of every simulated figure. */
export const simulatedNote = () => t('lab.simulatedNote');
