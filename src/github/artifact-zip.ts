/**
 * One text file out of a downloaded workflow artifact (a zip), or undefined when the zip holds no
 * such file. jszip is loaded on first use: most runs read no artifact, and the library (with its
 * inflater) would otherwise be parsed at every start.
 */
export async function readArtifactText(zip: Uint8Array, name: string): Promise<string | undefined> {
  const { default: JSZip } = await import('jszip')
  const entry = (await JSZip.loadAsync(zip)).file(name)
  return entry ? entry.async('string') : undefined
}
