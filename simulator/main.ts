/**
 * Standalone simulator: `npm run org-simulator -- [--port N] [--seed DIR] [--profile NAME]
 * [--org-type TYPE] [--time-scale X] [--api-version V]` (or SIM_* environment variables). Prints
 * how to connect.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ORG_PROFILES, type OrgProfileName, startSimulator } from './index.ts'
import { pushBanner } from './push/index.ts'

const ORG_TYPES = ['Production', 'Sandbox', 'Scratch', 'Developer Edition'] as const
const PROFILES = Object.keys(ORG_PROFILES)

function fail(message: string): never {
  process.stderr.write(`org-simulator: ${message}\n`)
  process.exit(2)
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    seed: { type: 'string' },
    profile: { type: 'string' },
    'org-type': { type: 'string' },
    'time-scale': { type: 'string' },
    'api-version': { type: 'string' }
  }
})
const env = process.env
const port = Number(values.port ?? env['SIM_PORT'] ?? 0)
const timeScale = Number(values['time-scale'] ?? env['SIM_TIME_SCALE'] ?? 1)
const profileName = values.profile ?? env['SIM_PROFILE']
const profile = PROFILES.includes(profileName ?? '')
  ? ORG_PROFILES[profileName as OrgProfileName]
  : undefined
const orgType = values['org-type'] ?? env['SIM_ORG_TYPE'] ?? profile?.orgType ?? 'Developer Edition'
const apiVersion = values['api-version'] ?? env['SIM_API_VERSION'] ?? profile?.apiVersion ?? '66.0'
const seedDir = values.seed ?? env['SIM_SEED_DIR']
const problems: string[] = []
if (!Number.isInteger(port) || port < 0 || port > 65535)
  problems.push(`--port: expected 0-65535, got ${String(values.port ?? env['SIM_PORT'])}`)
if (!(timeScale > 0)) problems.push('--time-scale: expected a number > 0, e.g. 20')
if (profileName !== undefined && !profile)
  problems.push(`--profile: expected one of ${PROFILES.join(', ')}, got ${profileName}`)
if (!(ORG_TYPES as readonly string[]).includes(orgType))
  problems.push(`--org-type: expected one of ${ORG_TYPES.join(', ')}, got ${orgType}`)
if (!/^\d+\.0$/.test(apiVersion))
  problems.push(`--api-version: expected e.g. 66.0, got ${apiVersion}`)
if (problems.length > 0) fail(problems.join('\n'))

const sim = await startSimulator({
  port,
  clock: 'real',
  timeScale,
  orgType: orgType as (typeof ORG_TYPES)[number],
  apiVersion,
  ...(seedDir ? { seedDir } : {})
})
const keyDir = mkdtempSync(path.join(tmpdir(), 'org-simulator-'))
const keyFile = path.join(keyDir, 'server.key')
writeFileSync(keyFile, sim.jwt.privateKeyPem, { mode: 0o600 })

process.stdout.write(
  [
    `Org simulator listening on ${sim.baseUrl} (${orgType}, API ${apiVersion}, time x${timeScale})`,
    `org id:        ${sim.orgId}`,
    `access token:  ${sim.accessToken}`,
    `auth url:      ${sim.authUrl}`,
    `jwt client id: ${sim.jwt.clientId}`,
    `jwt username:  ${sim.jwt.username}`,
    `jwt key file:  ${keyFile}`,
    ...pushBanner(sim.context),
    'Press Ctrl+C to stop.',
    ''
  ].join('\n')
)

const stop = (): void => {
  void sim.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
