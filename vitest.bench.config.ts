import { defineConfig } from 'vitest/config'

/** `npm run bench`: measurements that print ratios; kept apart from the tests, which never time anything. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
  },
})
