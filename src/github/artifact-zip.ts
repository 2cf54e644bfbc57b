import { unzipEntries } from '../source/zip.ts'
import { decodeUtf8 } from '../source/xml.ts'

/**
 * Largest file read out of an artifact. The files read (a validation record, a deploy receipt
 * with a hash per component) are far smaller; an artifact is uploaded by any run of the
 * repository, so one that inflates to more is refused rather than filling the runner's memory.
 */
export const ARTIFACT_TEXT_MAX_BYTES = 64 * 2 ** 20

/**
 * One text file out of a downloaded workflow artifact (a zip), or undefined when the zip holds no
 * such file. Only that entry is inflated, at most ARTIFACT_TEXT_MAX_BYTES, by the project's own
 * zip reader (which also refuses entry names that climb out of the archive).
 */
export function readArtifactText(zip: Uint8Array, name: string): Promise<string | undefined> {
  return Promise.resolve().then(() => {
    const files = unzipEntries(zip, 'artifact', {
      keep: (entry) => entry === name,
      maxEntryBytes: ARTIFACT_TEXT_MAX_BYTES
    })
    const bytes = files.get(name)
    return bytes === undefined ? undefined : decodeUtf8(bytes)
  })
}
