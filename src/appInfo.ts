/** The app's own name and version, for titles and "How to cite". */
import { version } from '../package.json';

export const APP_TITLE = 'Ketamine crossover studies, explained';
export const APP_VERSION: string = version;
export const APP_YEAR = 2026;
export const APP_AUTHOR = 'Ketamine Crossover Explainer contributors';
