// npm run demo: starts the local org simulator, runs the bundled action against
// examples/demo-project (one failing test, one component warning), and prints what a workflow
// run would show: the log, the job summary and the outputs.
import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSimulator } from '../simulator/index.ts'
import { runBundledAction } from './run-bundled-action.ts'

const ROOT = path.resolve(import.meta.dirname, '..')
const workspace = mkdtempSync(path.join(tmpdir(), 'sfda-demo-'))
cpSync(path.join(ROOT, 'examples', 'demo-project'), workspace, { recursive: true })

// The simulated org runs 20x faster than wall time so the demo ends in seconds.
const sim = await startSimulator({ clock: 'real', timeScale: 20 })
console.log(`Org simulator listening on ${sim.baseUrl}\n`)
try {
  const run = await runBundledAction(
    {
      mode: 'validate',
      'auth-url': sim.authUrl,
      'test-level': 'RunLocalTests',
      'post-destructive-changes': 'manifest/destructiveChangesPost.xml',
      // The warning (deleting a class the org lacks) is reported without failing the validation.
      'ignore-warnings': 'true',
      'poll-interval-max': '2',
      'upload-artifact': 'false',
      'check-run': 'false'
    },
    { workspace }
  )
  section('Action log', run.stdout.replace(/^::add-mask::.*\n/gm, ''))
  section('Job summary (GITHUB_STEP_SUMMARY)', run.summary)
  section(
    'Outputs (GITHUB_OUTPUT)',
    Object.entries(run.outputs)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')
  )
  console.log(`Report files: ${path.join(workspace, 'sf-deploy-results')}`)
  console.log(`Exit code: ${run.exitCode} (the demo project has a failing test, so the step fails)`)
} finally {
  await sim.close()
}

function section(title: string, body: string): void {
  console.log(`\n===== ${title} =====\n${body.trim()}\n`)
}
