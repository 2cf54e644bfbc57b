/** Job summaries of runs that end without a deploy result: submitted only, or nothing to deploy. */
import { codeSpan, escapeInline } from '../../report/escape.ts'

const WHAT: Record<string, string> = {
  deploy: 'Deploy',
  validate: 'Validation',
  'quick-deploy': 'Quick deploy',
  cancel: 'Cancellation'
}

export function renderSubmitted(mode: string, id: string, instanceHost: string): string {
  const what = WHAT[mode] ?? 'Request'
  // A cancellation is already the stop: only following it to Canceled is left.
  const stop = mode === 'cancel' ? ' to see it end' : ', or stop it with `mode: cancel`'
  return [
    `## ⏳ ${what} submitted · ${instanceHost} · ${codeSpan(id)}`,
    '',
    `\`wait\` is 0, so this step did not follow it. Follow it with \`mode: report\` and ${codeSpan(`deploy-id: ${id}`)}${stop}.`,
    ''
  ].join('\n')
}

/** An empty delta: the verdict first, then the delta's own section. */
export function renderNothingToDeploy(reason: string, sections: string[]): string {
  return ['## ✅ Nothing to deploy', '', escapeInline(reason), '', ...sections, ''].join('\n')
}
