import { defineConfig } from 'vitest/config';

const tokenTests = ['test/pipeline/src/sign/key-signers.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/setup/global.ts'],
    // Threads, not forks: strapi.destroy() removes a forked worker's IPC listeners (EPIPE).
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // In CI every test is printed as it ends, so a run that stops shows where it stood.
    reporters: process.env.CI ? ['verbose'] : ['default'],
    // Strapi's request and lifecycle log lines drown the report; warnings and errors stay.
    onConsoleLog: (log) => !/\] (\S*)(http|info)(\S*): /.test(log),
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', ...tokenTests],
        },
      },
      // A PKCS#11 library reads its configuration (SOFTHSM2_CONF) from the real process
      // environment, which a worker thread's process.env does not change: these run in forks.
      { extends: true, test: { name: 'tokens', include: tokenTests, pool: 'forks' } },
      // Each browser file drives its own app and Chromium: two at once on a 2-core machine make
      // the admin panel too slow to answer in time, so they take turns (beside the other files).
      {
        extends: true,
        test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], fileParallelism: false },
      },
    ],
  },
});
