/**
 * Runs code "inside" a simulated workflow run: the run's runner variables are set on
 * process.env for the duration of the callback (the real @actions/artifact and @actions/github
 * read them there), then restored.
 */
import type { SimRun } from '../../github-simulator/index.ts'

export async function inRun<T>(run: SimRun, body: () => Promise<T>): Promise<T> {
  const saved = { ...process.env }
  Object.assign(process.env, run.env)
  try {
    return await body()
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}
