/**
 * The job summary of a run that stopped on an error before its mode could report (bad input, a
 * sign-in refused, a retrieve that timed out): the verdict first, then the one message the step
 * fails with, so the run page says what went wrong without opening the log.
 */
import { escapeInline } from './escape.ts'

const MODE_LABELS: Record<string, string> = {
  deploy: 'Deploy',
  validate: 'Validation',
  'quick-deploy': 'Quick deploy',
  report: 'Report',
  cancel: 'Cancel',
  build: 'Build',
  compile: 'Compile',
  'push-upgrade': 'Push upgrade',
  retrieve: 'Retrieve',
  plan: 'Release plan',
  sync: 'Sync'
}

/**
 * `problems`: the input problems when the inputs were invalid (nothing was run). `unfollowed`: a
 * deploy the run submitted but did not see end (the error came first): the heading must not say
 * it failed, since the org may still be running it, or have deployed it.
 */
export function renderFailure(input: {
  mode?: string
  message: string
  problems?: string[]
  /** Problems of the package, found while the inputs were checked. */
  buildProblems?: string[]
  unfollowed?: string
}): string {
  if (input.problems) {
    const build = input.buildProblems ?? []
    return [
      '## ❌ Invalid inputs — nothing was run',
      '',
      ...input.problems.map((p) => `- ${escapeInline(p)}`),
      '',
      ...(build.length > 0
        ? [
            `The package could not be built either (${build.length} problem${build.length === 1 ? '' : 's'}):`,
            '',
            ...build.map((p) => `- ${escapeInline(p)}`),
            ''
          ]
        : [])
    ].join('\n')
  }
  const what = (input.mode && MODE_LABELS[input.mode]) ?? 'The run'
  // One paragraph per line of the message: GitHub joins lines of one paragraph.
  const paragraphs = input.message.split('\n').map((line) => escapeInline(line))
  const heading = input.unfollowed ? `⚠️ ${what}: outcome unknown` : `❌ ${what} failed`
  return `## ${heading}\n\n${paragraphs.join('\n\n')}\n`
}

/**
 * What to say of a deploy the run submitted but did not follow to its end, or undefined when it
 * saw the end (the final status is an output then) or submitted nothing.
 */
export function unfollowedDeploy(outputs: Partial<Record<string, string>>): string | undefined {
  const id = outputs['deploy-id']
  if (!id || outputs.status) return undefined
  return (
    `Deploy ${id} was submitted, and this error came before the run saw it end: it may still be running in the org, ` +
    `or have ended there. Follow it with mode: report and deploy-id: ${id} (CLI: report --deploy-id ${id}), ` +
    'or see Setup > Deployment Status, before running again.'
  )
}
