// Child process of the build benchmark (BENCH_JSZIP=1): our build, zipped with jszip instead of
// the action's writer, for the writer comparison in docs/package-builder.md; prints JSON. A process
// of its own, so jszip is never parsed in the runs that measure what the action ships.
import { writeFileSync } from 'node:fs'
import { buildPackage } from '../src/source/build-package.ts'
import { FsSourceTree } from '../src/source/fs-source-tree.ts'

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
const { default: JSZip } = await import('jszip')
const z = new JSZip()
for (const name of [...built.files.keys()].sort())
  z.file(name, built.files.get(name) ?? new Uint8Array(), {
    date: new Date('1980-01-01T00:00:00')
  })
const zip = await z.generateAsync({
  type: 'uint8array',
  compression: 'DEFLATE',
  compressionOptions: { level: 6 }
})
const ms = performance.now() - started
if (zipOut !== undefined) writeFileSync(zipOut, zip)
process.stdout.write(
  `${JSON.stringify({ ms, convertMs: builtAt - started, zipMs: performance.now() - builtAt, peakRss: process.resourceUsage().maxRSS * 1024, zipBytes: zip.length, files: built.files.size })}\n`
)
