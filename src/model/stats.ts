/**
 * The one place that imports jStat (a CommonJS package). A default import works the same in the
 * Vite bundle, in Vitest and in plain Node (the benchmark), unlike a named import.
 */
import jstat from 'jstat';

export const jStat = jstat.jStat;
