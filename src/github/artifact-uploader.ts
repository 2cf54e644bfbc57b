/** Uploads the report files as one artifact with @actions/artifact (v2+ semantics: immutable, unique names). */
import { DefaultArtifactClient } from '@actions/artifact'

/** Port for the upload; tests pass a fake. */
export interface ArtifactUploader {
  upload(
    name: string,
    files: string[],
    rootDirectory: string
  ): Promise<{ id?: number; size?: number }>
}

/** The real uploader. */
export function createArtifactUploader(): ArtifactUploader {
  const client = new DefaultArtifactClient()
  return {
    async upload(name, files, rootDirectory) {
      const response = await client.uploadArtifact(name, files, rootDirectory)
      return {
        ...(response.id !== undefined ? { id: response.id } : {}),
        ...(response.size !== undefined ? { size: response.size } : {})
      }
    }
  }
}
