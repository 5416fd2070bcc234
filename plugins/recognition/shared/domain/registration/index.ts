// A unit's registration for a year, as an aggregate: its record, the commands it takes, the
// events they decide and what each event changes.
export * from './decide';
export * from './events';
export * from './record';
export * from './selection';
export * from './forecast';
