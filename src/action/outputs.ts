import * as core from '@actions/core'
import type { OutputName } from '../settings/inputs.ts'
import { redact } from '../shared/redact.ts'

/** Writes outputs to the runner, with every secret the run knows redacted. */
export function setOutputs(values: Partial<Record<OutputName, string>>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, redact(value))
}
