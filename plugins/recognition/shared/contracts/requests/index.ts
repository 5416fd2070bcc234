// The zod schemas of every route's input, with Vietnamese messages naming what is allowed: the
// server parses every input with them, and the API document is drawn from them.
export { pageQuery, pageShape, type PageAsk } from './common';
export * from './portal';
export * from './staff';
export * from './reports';
export * from './acts';
export * from './maintenance';
export * from './commendations';
