// Child process of the build benchmark (BENCH_JSZIP=1): our build, zipped with jszip instead of
// the action's writer, for the writer comparison in docs/package-builder.md; prints JSON. A process
// of its own, so jszip is never parsed in the runs that measure what the action ships.
import { buildAndReport } from './build-child.ts'

await buildAndReport(async (built) => {
  const { default: JSZip } = await import('jszip')
  const z = new JSZip()
  for (const name of [...built.files.keys()].sort())
    z.file(name, built.files.get(name) ?? new Uint8Array(), {
      date: new Date('1980-01-01T00:00:00')
    })
  return z.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 }
  })
})
