// What the build bench's child scripts share: the build of one project with our engine, timed, and
// the JSON line they print once it is zipped (bench/build-ours.ts, bench/build-ours-jszip.ts).
import { writeFileSync } from 'node:fs'
import { buildPackage, type BuiltPackage } from '../src/source/build-package.ts'
import { FsSourceTree } from '../src/source/fs-source-tree.ts'

export const [project = '.', zipOut] = process.argv.slice(2)

/** Builds `project`; `zip` turns the files into the zip whose time and size are reported. */
export async function buildAndReport(
  zip: (built: BuiltPackage) => Promise<Uint8Array>
): Promise<void> {
  // BENCH_NO_LIMITS=1: generated projects larger than one deploy (the memory-growth measure).
  const limits =
    process.env.BENCH_NO_LIMITS === '1'
      ? {
          limits: {
            maxFiles: Number.MAX_SAFE_INTEGER,
            maxUncompressedBytes: Number.MAX_SAFE_INTEGER
          }
        }
      : {}
  const started = performance.now()
  const built = await buildPackage(new FsSourceTree(project), {
    projectDir: '',
    sourceDirs: [],
    ignoreUnknown: false,
    env: {},
    ...limits
  })
  const builtAt = performance.now()
  const bytes = await zip(built)
  const ms = performance.now() - started
  if (zipOut !== undefined) writeFileSync(zipOut, bytes)
  process.stdout.write(
    `${JSON.stringify({ ms, convertMs: builtAt - started, zipMs: performance.now() - builtAt, peakRss: process.resourceUsage().maxRSS * 1024, zipBytes: bytes.length, files: built.files.size })}\n`
  )
}
