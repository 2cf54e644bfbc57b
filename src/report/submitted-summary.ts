/** The job summary of a request started with `wait: 0`: submitted, not followed. */
import { codeSpan } from './escape.ts'

const WHAT: Record<string, string> = {
  deploy: 'Deploy',
  validate: 'Validation',
  'quick-deploy': 'Quick deploy',
  cancel: 'Cancellation'
}

export function renderSubmitted(mode: string, id: string, instanceHost: string): string {
  const what = WHAT[mode] ?? 'Request'
  return [
    `## ⏳ ${what} submitted · ${instanceHost} · ${codeSpan(id)}`,
    '',
    `\`wait\` is 0, so this step did not follow it. Follow it with \`mode: report\` and ${codeSpan(`deploy-id: ${id}`)}, or stop it with \`mode: cancel\`.`,
    ''
  ].join('\n')
}
