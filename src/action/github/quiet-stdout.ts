/**
 * Drops the fixed lines @actions/artifact prints on every upload ("Artifact name is valid!",
 * "Root directory input is valid!"): they say nothing to the user, and the library has no option
 * to turn them off (it calls @actions/core's info directly). Only those exact lines are dropped,
 * and only while `work` runs; everything else passes through unchanged.
 */
const NOISE = new Set(['Artifact name is valid!', 'Root directory input is valid!'])

export async function withoutArtifactNoise<T>(work: () => Promise<T>): Promise<T> {
  const original = process.stdout.write
  const filtered = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    if (typeof chunk === 'string' && NOISE.has(chunk.replace(/\r?\n$/, ''))) return true
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof process.stdout.write
  process.stdout.write = filtered
  try {
    return await work()
  } finally {
    // Restore only our own wrapper: something else may have wrapped stdout meanwhile.
    if (process.stdout.write === filtered) process.stdout.write = original
  }
}
