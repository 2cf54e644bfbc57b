/** Uploads the report files as one artifact with @actions/artifact (v2+ semantics: immutable, unique names). */
import type { DefaultArtifactClient } from '@actions/artifact'
import type { ArtifactUploader } from '../../github/ports.ts'
import { withoutArtifactNoise } from './quiet-stdout.ts'

/** The real uploader. */
export function createArtifactUploader(): ArtifactUploader {
  // Loaded on first upload: the client and its storage libraries are most of the bundle, and a
  // run that uploads nothing (the CLI, a fork's build) should not pay for loading them.
  let client: DefaultArtifactClient | undefined
  return {
    async upload(name, files, rootDirectory) {
      client ??= new (await import('@actions/artifact')).DefaultArtifactClient()
      const uploader = client
      const response = await withoutArtifactNoise(() =>
        uploader.uploadArtifact(name, files, rootDirectory)
      )
      return {
        ...(response.id !== undefined ? { id: response.id } : {}),
        ...(response.size !== undefined ? { size: response.size } : {})
      }
    }
  }
}
