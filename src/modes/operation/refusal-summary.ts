/** The job summary of a quick deploy the org (or its validation) refused: nothing was deployed. */
import { escapeInline } from '../../report/escape.ts'

export function renderRefusal(message: string): string {
  return ['## ❌ Quick deploy refused — nothing was deployed', '', escapeInline(message), ''].join(
    '\n'
  )
}
