// Public samples against the org simulator, through the action, the real Salesforce CLI and
// jsforce (conformance/real-clients.ts). Part of `npm run conformance`; also runs alone:
//   node conformance/samples.ts [sample ...]
// Skips with a message when ../shared/samples is absent; the CLI part skips when the CLI can't
// be installed (registry unreachable). Writes conformance/out/samples.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  type ClientResult,
  actionValidates,
  cliDeploys,
  ensureSfCli,
  jsforceDeploys,
  unpackSamples
} from './real-clients.ts'
import { conformanceDir, ensureSdr, sharedDir } from './sdr.ts'

/** Runs every client on every sample; the number of failures (0 when skipped). */
export async function runSampleConformance(only: string[] = []): Promise<number> {
  const shared = sharedDir()
  const samplesDir = shared === undefined ? undefined : path.join(shared, 'samples')
  if (samplesDir === undefined || !existsSync(samplesDir)) {
    console.log('SKIP samples: ../shared/samples is not present next to the repository.')
    return 0
  }
  if (!existsSync(path.join(conformanceDir, '..', 'dist', 'index.js'))) {
    console.log('SKIP samples: dist/index.js is missing (npm run build).')
    return 0
  }
  const out = path.join(conformanceDir, 'out', 'samples')
  mkdirSync(out, { recursive: true })
  const samples = (await unpackSamples(samplesDir, out)).filter(
    (s) => only.length === 0 || only.includes(s.name)
  )
  const cliMissing = await ensureSfCli()
  if (cliMissing) console.log(`SKIP Salesforce CLI part: ${cliMissing}`)
  const sdrMissing = await ensureSdr()
  if (sdrMissing) console.log(`SKIP jsforce part: ${sdrMissing}`)
  const results: ClientResult[] = []
  const record = (r: ClientResult): void => {
    results.push(r)
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.sample} · ${r.client}: ${r.detail}`)
  }
  for (const sample of samples) {
    record(await actionValidates(sample))
    if (!cliMissing) {
      record(await cliDeploys(sample, 'SOAP'))
      record(await cliDeploys(sample, 'REST'))
    }
    if (!sdrMissing) {
      record(await jsforceDeploys(sample, 'SOAP', out))
      record(await jsforceDeploys(sample, 'REST', out))
    }
  }
  writeFileSync(path.join(out, '..', 'samples.json'), `${JSON.stringify(results, null, 2)}\n`)
  const failed = results.filter((r) => !r.ok).length
  console.log(
    `${results.length - failed} passed, ${failed} failed (samples: ${samples.map((s) => s.name).join(', ')})`
  )
  return failed
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  process.exitCode = (await runSampleConformance(process.argv.slice(2))) > 0 ? 1 : 0
}
