import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { ARTIFACT_TEXT_MAX_BYTES, readArtifactText } from '../../src/github/artifact-zip.ts'

/** An artifact zip as upload-artifact makes one, written by an independent zip library. */
async function artifact(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(files)) zip.file(name, content)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

describe('reading a file out of an artifact', () => {
  it('reads the named file (without a byte-order mark) and nothing else', async () => {
    const zip = await artifact({ 'receipt.json': '\uFEFF{"a":1}', 'other.txt': 'x' })
    expect(await readArtifactText(zip, 'receipt.json')).toBe('{"a":1}')
    expect(await readArtifactText(zip, 'missing.json')).toBeUndefined()
  })

  it('refuses a file that inflates past the limit, while other entries may be that large', async () => {
    const bomb = new Uint8Array(ARTIFACT_TEXT_MAX_BYTES + 1)
    const zip = await artifact({ 'receipt.json': bomb, 'small.json': '{}' })
    expect(zip.length).toBeLessThan(1_000_000)
    await expect(readArtifactText(zip, 'receipt.json')).rejects.toThrow(
      /artifact: entry receipt\.json is larger than 67108864 bytes uncompressed/
    )
    // Only the named entry is inflated: a large neighbour costs nothing.
    expect(await readArtifactText(zip, 'small.json')).toBe('{}')
  })

  it('refuses an entry name that climbs out of the archive', async () => {
    const zip = await artifact({ '../receipt.json': '{}' })
    await expect(readArtifactText(zip, 'receipt.json')).rejects.toThrow(/points outside/)
  })
})
