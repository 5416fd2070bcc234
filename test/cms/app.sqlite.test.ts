import { defineAppSuite } from './app-suite';

defineAppSuite('SQLite', () => ({ client: 'sqlite' }));
