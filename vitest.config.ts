import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'tests/layers/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Whole-library tests (a Word export, a launched host) take a few seconds alone and several times
    // that on a loaded two-core machine; the default 5 s bound failed them there without any fault.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
