// Child process of the delta benchmark: a delta build (git plumbing, resolution at both ends,
// conversion of what changed, zip) of the checked-out repository against `base`; prints JSON.
import { buildDelta } from '../src/delta/delta-build.ts'
import { zipPackage } from '../src/source/zip.ts'

const [root = '.', base = 'HEAD~1'] = process.argv.slice(2)
const started = performance.now()
const d = await buildDelta({
  root,
  projectDir: '',
  sourceDirs: [],
  from: base,
  to: 'HEAD',
  base: 'merge-base',
  destructiveTiming: 'post',
  ignoreUnknown: false,
  env: {},
  selectTests: false
})
const zip = await zipPackage(d.built.files)
process.stdout.write(
  `${JSON.stringify({ ms: performance.now() - started, peakRss: process.resourceUsage().maxRSS * 1024, zipBytes: zip.length, members: d.built.components.length, deletions: d.deletions.length })}\n`
)
