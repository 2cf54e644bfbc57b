import path from 'node:path'

/** The repository root. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
