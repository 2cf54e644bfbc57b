/**
 * MetadataContainer names are unique org-wide and at most 32 characters: prefix + run id + attempt
 * + random letters, so parallel jobs never collide.
 */

/** MetadataContainer.Name length limit. */
export const CONTAINER_NAME_MAX = 32
const PREFIX = 'gha'
const RANDOM_CHARS = 6
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

/** A fresh container name; `random` returns [0, 1). Pure. */
export function containerName(
  runId: string | undefined,
  runAttempt: string | undefined,
  random: () => number
): string {
  let suffix = ''
  for (let i = 0; i < RANDOM_CHARS; i++)
    suffix += ALPHABET[Math.floor(random() * ALPHABET.length)] ?? 'x'
  const attempt = clean(runAttempt) || '1'
  const room = CONTAINER_NAME_MAX - PREFIX.length - attempt.length - suffix.length - 3
  // Keep the run id's end: its most specific digits.
  const run = (clean(runId) || 'local').slice(-room)
  return `${PREFIX}-${run}-${attempt}-${suffix}`
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/[^A-Za-z0-9]/g, '')
}
