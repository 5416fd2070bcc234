// A recognition's certificate, as an aggregate: awaiting its decision, released, issued once.
export * from './decide';
