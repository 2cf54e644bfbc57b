// Real clients against the org simulator: the Salesforce CLI (`@salesforce/cli`, installed on
// demand into a cache folder outside the repository, never a dependency) and jsforce deploy each
// public sample's package over SOAP and REST, and the bundled action validates each sample with
// RunLocalTests. Every run gets a fresh simulated org on 127.0.0.1.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import jsforce from 'jsforce'
import JSZip from 'jszip'
import { runBundledAction } from '../scripts/run-bundled-action.ts'
import { type Simulator, startSimulator } from '../simulator/index.ts'
import { readFolder } from '../simulator/org/zip.ts'
import { runSdr } from './sdr.ts'

const run = promisify(execFile)
/** The Salesforce CLI release the check runs (the one the simulator was tried with). */
export const SF_CLI_VERSION = '2.150.6'
/** Simulated time runs this much faster than wall time, so thousands of tests take seconds. */
const TIME_SCALE = 400

/** One public sample and how it is deployed. */
export interface Sample {
  name: string
  dir: string
  /** A metadata-format folder inside the project (deployed as is), else the package directories. */
  metadataDir?: string
}

/** Outcome of one client on one sample. */
export interface ClientResult {
  sample: string
  client: string
  ok: boolean
  detail: string
}

function cacheDir(): string {
  const base = process.env['XDG_CACHE_HOME'] ?? path.join(homedir(), '.cache')
  return path.join(base, 'salesforce-deploy-action', `sf-cli-${SF_CLI_VERSION}`)
}

function cliEntry(): string {
  return path.join(cacheDir(), 'node_modules', '@salesforce', 'cli', 'bin', 'run.js')
}

/** Installs the Salesforce CLI into the cache folder if needed; a reason when that is impossible. */
export async function ensureSfCli(): Promise<string | undefined> {
  if (existsSync(cliEntry())) return undefined
  mkdirSync(cacheDir(), { recursive: true })
  try {
    await run(
      'npm',
      [
        'install',
        '--prefix',
        cacheDir(),
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        `@salesforce/cli@${SF_CLI_VERSION}`
      ],
      { timeout: 600_000 }
    )
    return existsSync(cliEntry()) ? undefined : 'the install left no sf entry point'
  } catch (error) {
    return `could not install @salesforce/cli ${SF_CLI_VERSION} (registry unreachable?): ${String(error).split('\n')[0] ?? ''}`
  }
}

/** Unpacks the samples (`<name>.tar.gz`, one top-level folder each) under `out`. */
export async function unpackSamples(samplesDir: string, out: string): Promise<Sample[]> {
  mkdirSync(out, { recursive: true })
  const samples: Sample[] = []
  for (const file of readdirSync(samplesDir)
    .filter((f) => f.endsWith('.tar.gz'))
    .sort()) {
    const name = file.slice(0, -'.tar.gz'.length)
    const dir = path.join(out, name)
    if (!existsSync(dir)) await run('tar', ['xzf', path.join(samplesDir, file), '-C', out])
    // Volunteers-for-Salesforce keeps its package in metadata-API layout (src/package.xml).
    const metadataDir = existsSync(path.join(dir, 'src', 'package.xml')) ? 'src' : undefined
    samples.push({ name, dir, ...(metadataDir ? { metadataDir } : {}) })
  }
  return samples
}

async function withOrg<T>(work: (sim: Simulator) => Promise<T>): Promise<T> {
  const sim = await startSimulator({ clock: 'real', timeScale: TIME_SCALE })
  try {
    return await work(sim)
  } finally {
    await sim.close()
  }
}

function usedRest(sim: Simulator): boolean {
  return sim.requests.some((r) => r.path.includes('/metadata/deployRequest'))
}

/** The bundled action validates the sample with RunLocalTests. */
export async function actionValidates(sample: Sample): Promise<ClientResult> {
  return withOrg(async (sim) => {
    const result = await runBundledAction(
      {
        mode: 'validate',
        'auth-url': sim.authUrl,
        'test-level': 'RunLocalTests',
        'poll-interval-max': '2',
        'upload-artifact': 'false',
        'check-run': 'false',
        ...(sample.metadataDir ? { 'metadata-dir': sample.metadataDir } : {})
      },
      { workspace: sample.dir }
    )
    const status = sim.deploys.at(-1)?.status ?? 'no deploy'
    const tests = /(\d+) tests? (?:passed|run)/i.exec(result.summary)?.[0] ?? ''
    return {
      sample: sample.name,
      client: 'action (validate, RunLocalTests)',
      ok: result.exitCode === 0 && status === 'Succeeded',
      detail:
        result.exitCode === 0
          ? `${status}${tests ? `, ${tests}` : ''}`
          : `exit ${result.exitCode}, ${status}: ${(/::error::(.*)/.exec(result.stdout)?.[1] ?? result.stderr).slice(0, 300)}`
    }
  })
}

/** The real Salesforce CLI deploys the sample (`sf project deploy start`, RunLocalTests). */
export async function cliDeploys(
  sample: Sample,
  transport: 'SOAP' | 'REST'
): Promise<ClientResult> {
  return withOrg(async (sim) => {
    const home = mkdtempSync(path.join(tmpdir(), 'sfda-sf-home-'))
    const env: Record<string, string> = {
      PATH: `${path.dirname(process.execPath)}:${process.env['PATH'] ?? ''}`,
      HOME: home,
      SF_DISABLE_TELEMETRY: 'true',
      SF_AUTOUPDATE_DISABLE: 'true',
      SF_SKIP_NEW_VERSION_CHECK: 'true',
      SF_USE_GENERIC_UNIX_KEYCHAIN: 'true',
      SF_ACCESS_TOKEN: sim.accessToken,
      ...(transport === 'REST' ? { SF_ORG_METADATA_REST_DEPLOY: 'true' } : {})
    }
    const sf = async (args: string[]): Promise<Record<string, unknown>> => {
      const out = await run(process.execPath, [cliEntry(), ...args, '--json'], {
        cwd: sample.dir,
        env,
        maxBuffer: 256 * 1024 * 1024,
        timeout: 600_000
      }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '{}' }))
      return JSON.parse(out.stdout || '{}') as Record<string, unknown>
    }
    try {
      await sf([
        'org',
        'login',
        'access-token',
        '--instance-url',
        sim.baseUrl,
        '--alias',
        'sim',
        '--no-prompt'
      ])
      const source = sample.metadataDir ? ['--metadata-dir', sample.metadataDir] : []
      const json = await sf([
        'project',
        'deploy',
        'start',
        ...source,
        '--target-org',
        'sim',
        '--test-level',
        'RunLocalTests',
        '--wait',
        '30'
      ])
      const result = (json['result'] ?? {}) as Record<string, unknown>
      const viaRest = usedRest(sim)
      const ok =
        json['status'] === 0 &&
        result['status'] === 'Succeeded' &&
        viaRest === (transport === 'REST')
      return {
        sample: sample.name,
        client: `sf ${SF_CLI_VERSION} (${transport})`,
        ok,
        detail: ok
          ? `Succeeded, ${String(result['numberComponentsDeployed'])} components, ${String(result['numberTestsCompleted'])} tests`
          : `exit ${String(json['status'])}, ${String(result['status'] ?? json['name'] ?? '')}${viaRest === (transport === 'REST') ? '' : ` (sent over ${viaRest ? 'REST' : 'SOAP'})`}: ${String(json['message'] ?? '').slice(0, 300)}`
      }
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })
}

/** The sample's deploy zip as the Salesforce CLI builds it (the reference converter). */
async function sampleZip(sample: Sample, out: string): Promise<Buffer> {
  if (sample.metadataDir) {
    const zip = new JSZip()
    for (const [file, content] of await readFolder(path.join(sample.dir, sample.metadataDir)))
      zip.file(file, content)
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
  }
  const zipFile = path.join(out, `${sample.name}.zip`)
  await runSdr(sample.dir, zipFile, { zip: true })
  return readFileSync(zipFile)
}

/** jsforce deploys the sample's zip (RunLocalTests) over SOAP or REST and polls it to the end. */
export async function jsforceDeploys(
  sample: Sample,
  transport: 'SOAP' | 'REST',
  out: string
): Promise<ClientResult> {
  const zip = await sampleZip(sample, out)
  return withOrg(async (sim) => {
    const conn = new jsforce.Connection({
      instanceUrl: sim.baseUrl,
      accessToken: sim.accessToken,
      version: '66.0'
    })
    conn.metadata.pollInterval = 500
    conn.metadata.pollTimeout = 600_000
    const options = { testLevel: 'RunLocalTests', singlePackage: true } as const
    const deploy =
      transport === 'REST'
        ? conn.metadata.deployRest(zip, options)
        : conn.metadata.deploy(zip, options)
    const result = await deploy.complete(true)
    const ok = result.status === 'Succeeded' && usedRest(sim) === (transport === 'REST')
    return {
      sample: sample.name,
      client: `jsforce (${transport})`,
      ok,
      detail: `${result.status}, ${String(result.numberComponentsDeployed)} components, ${String(result.numberTestsCompleted)} tests`
    }
  })
}
