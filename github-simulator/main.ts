/**
 * Standalone GitHub simulator: `npm run github-simulator -- [--port N] [--repository owner/name]
 * [--event push|pull_request] [--branch B] [--rate-limit N]` (or GH_SIM_* environment variables).
 * Starts one workflow run and prints the variables a runner would set for it, ready to paste.
 */
import { parseArgs } from 'node:util'
import { startGitHubSimulator } from './index.ts'

function fail(message: string): never {
  process.stderr.write(`github-simulator: ${message}\n`)
  process.exit(2)
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    repository: { type: 'string' },
    event: { type: 'string' },
    branch: { type: 'string' },
    'rate-limit': { type: 'string' }
  }
})
const env = process.env
const port = Number(values.port ?? env['GH_SIM_PORT'] ?? 0)
const repository = values.repository ?? env['GH_SIM_REPOSITORY'] ?? 'acme/app'
const event = values.event ?? env['GH_SIM_EVENT'] ?? 'push'
const branch = values.branch ?? env['GH_SIM_BRANCH']
const rateLimit = Number(values['rate-limit'] ?? env['GH_SIM_RATE_LIMIT'] ?? 1000)
const problems: string[] = []
if (!Number.isInteger(port) || port < 0 || port > 65533)
  problems.push(
    `--port: expected 0-65533 (the next two ports are used too), got ${String(values.port ?? env['GH_SIM_PORT'])}`
  )
if (!/^[\w.-]+\/[\w.-]+$/.test(repository))
  problems.push(`--repository: expected owner/name, got ${repository}`)
if (!['push', 'pull_request', 'workflow_dispatch'].includes(event))
  problems.push(`--event: expected push, pull_request or workflow_dispatch, got ${event}`)
if (!Number.isInteger(rateLimit) || rateLimit < 1)
  problems.push(`--rate-limit: expected a whole number >= 1, got ${String(values['rate-limit'])}`)
if (problems.length > 0) fail(problems.join('\n'))

const gh = await startGitHubSimulator({ port, repository, rateLimit })
const run = gh.startRun({ event, ...(branch ? { branch } : {}) })
const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`

process.stdout.write(
  [
    `GitHub simulator for ${repository}`,
    `REST API:        ${gh.apiUrl}`,
    `results service: ${gh.resultsUrl}`,
    `blob storage:    ${gh.blobUrl}`,
    `workflow run ${run.id} (${event}), GITHUB_TOKEN: ${run.token}`,
    '',
    'Variables for this run (pass the GITHUB_TOKEN above as the github-token input):',
    ...Object.entries(run.env).map(([key, value]) => `export ${key}=${quote(value)}`),
    '',
    'Press Ctrl+C to stop.',
    ''
  ].join('\n')
)

const stop = (): void => {
  void gh.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
