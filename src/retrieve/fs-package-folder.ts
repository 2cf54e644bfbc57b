/** Writes a metadata-format package to a folder (replacing what was there) and uploads it. */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { ArtifactUploader } from '../github/ports.ts'
import type { RollbackStore } from './backup.ts'

/** Writes `files` under `dir` after emptying it (a previous run's files must not mix in). */
export async function writePackageFolder(
  dir: string,
  files: ReadonlyMap<string, Uint8Array>
): Promise<string[]> {
  await rm(dir, { recursive: true, force: true })
  const written: string[] = []
  for (const [name, bytes] of files) {
    const target = path.join(dir, ...name.split('/'))
    if (!target.startsWith(dir + path.sep))
      throw new Error(`refusing to write ${name} outside ${dir}`)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, bytes)
    written.push(target)
  }
  return written
}

/** What a folder store needs. */
export interface FolderStoreOptions {
  /** Absolute folder. */
  dir: string
  workspace: string
  /** Artifact name, or undefined when uploads are off. */
  artifactName?: string
  uploader: () => ArtifactUploader
}

/** A RollbackStore on the filesystem and the artifact service. */
export function createFolderStore(options: FolderStoreOptions): RollbackStore {
  let written: string[] = []
  return {
    async write(files) {
      written = await writePackageFolder(options.dir, files)
      return path.relative(options.workspace, options.dir).split(path.sep).join('/') || '.'
    },
    async upload() {
      if (!options.artifactName) return { problem: 'upload-artifact is false' }
      try {
        await options.uploader().upload(options.artifactName, written, options.dir)
        return { name: options.artifactName }
      } catch (error) {
        return {
          problem: `the upload failed: ${error instanceof Error ? error.message : String(error)}`
        }
      }
    }
  }
}
