import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ArtifactUploader } from '../../src/github/ports.ts'

/** One recorded upload: the artifact name and its files (relative path → bytes, read at upload time). */
export interface RecordedUpload {
  name: string
  files: Map<string, Buffer>
}

/** An ArtifactUploader that keeps what it was given, as the artifact service would. */
export function fakeUploader(): { uploads: RecordedUpload[]; factory: () => ArtifactUploader } {
  const uploads: RecordedUpload[] = []
  const uploader: ArtifactUploader = {
    upload(name, files, rootDirectory) {
      const copied = new Map(
        files.map((f) => [
          path.relative(rootDirectory, f).split(path.sep).join('/'),
          readFileSync(f)
        ])
      )
      uploads.push({ name, files: copied })
      return Promise.resolve({
        id: uploads.length,
        size: [...copied.values()].reduce((s, b) => s + b.length, 0)
      })
    }
  }
  return { uploads, factory: () => uploader }
}
