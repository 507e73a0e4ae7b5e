import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'tests/layers/*.test.ts'],
    environment: 'node',
    pool: 'forks',
  },
})
