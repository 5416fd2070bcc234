// The zod schemas of what the admin routes answer: the admin's one API client parses every
// response with them, and the HTTP tests hold the server to them, so the two sides cannot drift.
// One file per area; this is their one door.
export { jurisdictionList } from './common';
export * from './approval';
export * from './decisions';
export * from './appraisal';
export * from './oversight';
export * from './issuing';
export * from './paper';
export * from './plans';
export * from './selection';
export * from './forecast';
export * from './reports';
export * from './acts';
export * from './maintenance';
export * from './commendations';
