/**
 * Chooses the API version: the input, else the package's, else the org's maximum; never above the
 * org's maximum (the Salesforce CLI lowers an over-high version the same way).
 */
export function chooseApiVersion(
  requested: string | undefined,
  packageVersion: string | undefined,
  orgMax: string
): { version: string; note?: string } {
  const wanted = requested ?? packageVersion ?? orgMax
  if (Number(wanted) > Number(orgMax)) {
    return {
      version: orgMax,
      note: `API version ${wanted} is newer than the org supports; using ${orgMax}.`
    }
  }
  return { version: wanted }
}
