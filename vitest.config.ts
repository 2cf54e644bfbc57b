import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests each start their own simulator on an ephemeral port, so files can run in parallel.
    pool: 'forks',
    reporters: ['default', './__tests__/support/closing-line-reporter.ts']
  }
})
