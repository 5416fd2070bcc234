import { inject } from 'vitest';
import { defineAppSuite } from './app-suite';

// The cluster is started by test/setup/global.ts; the suite runs, never skips.
// The full 10,000-payload fuzz runs on SQLite; PostgreSQL gets a shorter run of the same property.
defineAppSuite('PostgreSQL', () => ({ client: 'postgres', adminUrl: inject('pgAdminUrl') }), {
  fuzzRuns: { register: 500, scores: 800, submit: 200, imports: 500 },
  restartProcess: true,
});
