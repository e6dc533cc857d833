import { defineConfig } from 'vitest/config';

/** Browser tests: the built app in the system Chromium, driven by Playwright. */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A page waits on the server (scrypt logins, SQLite writes) and on software rendering; on a
    // busy 2-core CI machine one second is too short for either. A broken page still fails.
    expect: { poll: { timeout: 10_000 } },
    // Software rendering on a small CI machine can starve a frame-timed step once; a test that
    // is really broken fails both tries.
    retry: Number(process.env.BROWSER_RETRY ?? 1),
  },
});
