// Child process of the build benchmark: builds and zips one project with our engine, prints JSON.
import { writeFileSync } from 'node:fs'
import { buildPackage } from '../src/source/build-package.ts'
import { FsSourceTree } from '../src/source/fs-source-tree.ts'
import { zipPackage } from '../src/source/zip.ts'

const [project = '.', zipOut] = process.argv.slice(2)
// BENCH_NO_LIMITS=1: generated projects larger than one deploy (the memory-growth measure).
const limits =
  process.env.BENCH_NO_LIMITS === '1'
    ? {
        limits: { maxFiles: Number.MAX_SAFE_INTEGER, maxUncompressedBytes: Number.MAX_SAFE_INTEGER }
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
// The zip writer the action ships; bench/build-ours-jszip.ts is the same build zipped with jszip.
const zip = await zipPackage(built.files)
const ms = performance.now() - started
if (zipOut !== undefined) writeFileSync(zipOut, zip)
process.stdout.write(
  `${JSON.stringify({ ms, convertMs: builtAt - started, zipMs: performance.now() - builtAt, peakRss: process.resourceUsage().maxRSS * 1024, zipBytes: zip.length, files: built.files.size })}\n`
)
