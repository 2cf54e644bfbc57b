import { generateKeyPairSync } from 'node:crypto'
import type { InputName, RawInputs } from '../../src/settings/inputs.ts'
import { INPUT_NAMES } from '../../src/settings/inputs.ts'
import { parseSettings } from '../../src/action/parse-settings.ts'
import { InputError } from '../../src/shared/errors.ts'
import { loadActionManifest } from './action-env.ts'

/** RawInputs as the runner would give them: action.yml defaults, overridden by `values`. */
export function rawInputs(
  values: Partial<Record<InputName, string>>,
  extra: Partial<RawInputs> = {}
): RawInputs {
  const manifest = loadActionManifest()
  const all = {} as Record<InputName, string>
  for (const name of INPUT_NAMES) {
    const def = manifest.inputs[name]?.default ?? ''
    all[name] = values[name] ?? (def.startsWith('${{') ? '' : def)
  }
  return { values: all, workspace: '/work/repo', ...extra }
}

/** The input problems the action reports for `values` (none when they parse). */
export function inputProblems(values: Partial<Record<InputName, string>>): string[] {
  try {
    parseSettings(rawInputs(values))
  } catch (error) {
    if (error instanceof InputError) return error.problems
    throw error
  }
  return []
}

let cachedKey: { privateKeyPem: string; publicKeyPem: string } | undefined

/** A throwaway RSA key pair for JWT tests. */
export function testKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  cachedKey ??= (() => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    return {
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
    }
  })()
  return cachedKey
}
