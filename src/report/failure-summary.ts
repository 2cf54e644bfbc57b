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

/** `problems`: the input problems when the inputs were invalid (nothing was run). */
export function renderFailure(input: {
  mode?: string
  message: string
  problems?: string[]
}): string {
  if (input.problems)
    return [
      '## ❌ Invalid inputs — nothing was run',
      '',
      ...input.problems.map((p) => `- ${escapeInline(p)}`),
      ''
    ].join('\n')
  const what = (input.mode && MODE_LABELS[input.mode]) ?? 'The run'
  // One paragraph per line of the message: GitHub joins lines of one paragraph.
  const paragraphs = input.message.split('\n').map((line) => escapeInline(line))
  return `## ❌ ${what} failed\n\n${paragraphs.join('\n\n')}\n`
}
