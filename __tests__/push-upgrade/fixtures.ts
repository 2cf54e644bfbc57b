import type { PackageVersion, Subscriber } from '../../src/push-upgrade/push-model.ts'

/** A released (unless said otherwise) version `numberText` with id `04t…<n>`. */
export function version(
  n: number,
  numberText: string,
  extra: Partial<PackageVersion> = {}
): PackageVersion {
  const parts = numberText.split('.').map(Number)
  return {
    id: `04t00000000000${n.toString(36).padStart(1, '0')}`,
    packageId: '033000000000001',
    name: `v${numberText}`,
    number: [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 0],
    numberText,
    released: true,
    deprecated: false,
    ...extra
  }
}

/** A subscriber on `versionId`, installed and active, production, NA1. */
export function subscriber(
  n: number,
  versionId: string,
  extra: Partial<Subscriber> = {}
): Subscriber {
  return {
    orgKey: `00D0000000000${String(n).padStart(2, '0')}AAA`,
    orgName: `Org ${n}`,
    orgType: 'Production',
    orgStatus: 'Active',
    installedStatus: 'i',
    instanceName: 'NA1',
    versionId,
    ...extra
  }
}
