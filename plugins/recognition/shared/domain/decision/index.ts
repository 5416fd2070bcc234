// A recognition decision, as an aggregate: a draft, then issued once and immutable.
export * from './decide';
