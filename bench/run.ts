// npm run bench: every benchmark, each printing its own side-by-side table with ratios.
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Benchmark modules and the function each exports. */
const BENCHES: { file: string; run: string }[] = [
  { file: 'poll-bench.ts', run: 'runPollBench' },
  { file: 'build-bench.ts', run: 'runBuildBench' },
  { file: 'delta-bench.ts', run: 'runDeltaBench' },
  { file: 'push-bench.ts', run: 'runPushBench' },
  { file: 'retry-bench.ts', run: 'runRetryBench' },
  { file: 'sync-bench.ts', run: 'runSyncBench' },
  { file: 'drift-bench.ts', run: 'runDriftBench' },
  { file: 'cli-start-bench.ts', run: 'runCliStartBench' }
]

const only = process.argv[2]
for (const bench of BENCHES) {
  if (only && !bench.file.startsWith(only)) continue
  const file = path.join(import.meta.dirname, bench.file)
  if (!existsSync(file)) continue
  const module = (await import(file)) as Record<string, () => Promise<void>>
  const run = module[bench.run]
  if (!run) throw new Error(`${bench.file} does not export ${bench.run}`)
  console.log(`\n# ${bench.file}`)
  await run()
}
