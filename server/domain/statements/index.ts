// The statement brief: sentences a delegation can quote, in English or French. Each job in its file:
// format (numbers, money, dates), grammar (State and fund names), when (periods and sessions),
// labels, sentences.en / sentences.fr (the wording), brief (choosing, ordering, citing).
export * from './brief.js';
export * from './format.js';
export * from './grammar.js';
export type * from './types.js';
export { ordinal } from './when.js';
export * from './calls.js';
export * from './sections.js';
export * from './shown.js';
