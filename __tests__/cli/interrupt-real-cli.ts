/**
 * Spawns the real CLI against the org simulator and sends it one SIGINT once its stdout matches
 * `ready`: a second Ctrl-C would end the CLI at once, without waiting for what the first started.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import type { Simulator } from '../../simulator/index.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

export interface InterruptedCli {
  code: number | null
  stdout: string
  stderr: string
}

export async function interruptRealCli(
  sim: Simulator,
  args: string[],
  cwd: string,
  ready: RegExp
): Promise<InterruptedCli> {
  const child = spawn(
    path.join(REPO_ROOT, 'node_modules', '.bin', 'node'),
    [path.join(REPO_ROOT, 'src', 'cli.ts'), ...args],
    {
      cwd,
      env: {
        PATH: process.env.PATH ?? '',
        SF_ACCESS_TOKEN: sim.accessToken,
        SF_INSTANCE_URL: sim.baseUrl,
        NO_COLOR: '1'
      },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let stdout = ''
  let stderr = ''
  let sent = false
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8')
    if (!sent && ready.test(stdout)) sent = child.kill('SIGINT')
  })
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { code, stdout, stderr }
}
