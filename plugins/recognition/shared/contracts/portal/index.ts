// The zod schemas of what the portal's content-API routes answer. The portal parses every answer
// with them and the HTTP tests hold the server to them, so the two sides cannot drift apart.
// One file per area; this is their one door.
export { mark } from './common';
export * from './officer';
export * from './council';
export * from './notices';
export * from './tier';
export * from './tier-reports';
