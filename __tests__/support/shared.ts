import { existsSync } from 'node:fs'
import path from 'node:path'

/** The repository root. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..')
/** ../shared beside the repository: docs, recorded vectors, fixtures. May be absent. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '..', 'shared')
export const VECTORS_DIR = path.join(SHARED_DIR, 'vectors')
export const hasShared = existsSync(VECTORS_DIR)
