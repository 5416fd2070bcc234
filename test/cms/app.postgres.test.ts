import { inject } from 'vitest';
import { defineAppSuite } from './app-suite';

// The cluster is started by test/setup/global.ts; the suite runs, never skips.
defineAppSuite('PostgreSQL', () => ({ client: 'postgres', adminUrl: inject('pgAdminUrl') }));
