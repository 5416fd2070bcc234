import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    // Threads, not forks: strapi.destroy() removes a forked worker's IPC listeners (EPIPE).
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
    // Strapi's request and lifecycle log lines drown the report; warnings and errors stay.
    onConsoleLog: (log) => !/\] (\S*)(http|info)(\S*): /.test(log),
  },
});
