import { defineConfig } from 'vitest/config'

/** `npm run bench`: measurements that print ratios; kept apart from the tests, which never time anything. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Its rows file, and the one table printed when every file has finished (bench/table.ts).
    globalSetup: ['bench/setup.ts'],
  },
})
