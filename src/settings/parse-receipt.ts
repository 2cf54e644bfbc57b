import type { RawInputs } from './inputs.ts'
import { readBoolean, type Problems } from './parse-values.ts'
import type { Mode } from './modes.ts'

/** What the deploy receipt does besides being written and uploaded. */
export interface ReceiptSettings {
  /** attest: build-provenance attestation of the receipt (@actions/attest). */
  attest: boolean
}

/** Reads attest; only deploy and quick-deploy write a receipt to attest. */
export function parseReceiptSettings(
  raw: RawInputs,
  mode: Mode,
  problems: Problems
): ReceiptSettings {
  const attest = readBoolean('attest', raw.values.attest, problems)
  if (attest && mode !== 'deploy' && mode !== 'quick-deploy')
    problems.push(
      `attest: only deploy and quick-deploy write a deploy receipt to attest (the mode is ${mode}); remove it.`
    )
  return { attest }
}
