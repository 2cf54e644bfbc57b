import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    setupFiles: ['__tests__/support/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests each start their own simulator on an ephemeral port, so files can run in parallel.
    pool: 'forks',
    // One worker per core: tests wait on git, child processes and loopback HTTP as well as the CPU,
    // and vitest's default (cores - 1) would use one core of two.
    maxWorkers: availableParallelism(),
    // Files reuse their worker's loaded modules instead of importing everything again (half the
    // suite's CPU time). No test relies on fresh module state: each sets up the environment,
    // stdout capture and simulator it needs.
    isolate: false,
    reporters: ['default', './__tests__/support/closing-line-reporter.ts']
  }
})
