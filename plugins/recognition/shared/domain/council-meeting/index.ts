// A province's appraisal council for a year, as an aggregate: set up, and its meetings recorded.
export * from './decide';
