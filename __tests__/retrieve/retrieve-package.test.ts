import { describe, expect, it } from 'vitest'
import { retrieveRequest } from '../../src/retrieve/retrieve-package.ts'

describe('retrieveRequest', () => {
  it("asks for package.xml's members and the named deletions, not a wildcard deletion", () => {
    const request = retrieveRequest({
      members: [{ type: 'ApexClass', fullName: '*' }],
      deletions: [
        { type: 'ApexClass', fullName: 'Legacy' },
        { type: 'ApexPage', fullName: '*' }
      ]
    })
    // package.xml's * is expanded later, as any retrieve's; a destructive manifest's is not.
    expect(request.members).toEqual([
      { type: 'ApexClass', fullName: '*' },
      { type: 'ApexClass', fullName: 'Legacy' }
    ])
    expect(request.notes).toEqual([
      'ApexPage: * in a destructive manifest was not retrieved; destructive manifests take no wildcards.'
    ])
  })
})
