import { describe, expect, it } from 'vitest'
import { parseCsv, parseOrgList } from '../../src/push-upgrade/org-list.ts'
import { toFailuresCsv } from '../../src/modes/push-upgrade/push-csv.ts'

const A = '00D5g0000000AAA'
const B = '00D5g0000000BBBEA2'

describe('orgs-file', () => {
  it('reads one id per line, skipping blank lines', () => {
    expect(parseOrgList(`${A}\n\n  ${B}  \r\n`, 'orgs-file')).toEqual({ ids: [A, B], problems: [] })
  })

  it('reads the OrganizationId column of a CSV with quoted, multi-line fields and a BOM', () => {
    const text = `\uFEFFName,OrganizationId\n"Acme, ""West""",${A}\n"two\nlines",${B}\n`
    expect(parseOrgList(text, 'orgs-file')).toEqual({ ids: [A, B], problems: [] })
  })

  it('reads back the failures CSV this action writes', () => {
    const csv = toFailuresCsv([
      {
        orgKey: A,
        orgName: '=cmd|x',
        orgType: 'Production',
        instance: 'NA1',
        installedVersion: '1.0',
        outcome: 'Failed',
        errorType: 'T',
        errorTitle: 'Title',
        message: 'line 1\nline "2", more',
        supportNumber: '',
        details:
          'System.NullPointerException: Attempt to de-reference a null object\nClass.PostInstall.onInstall: line 12'
      }
    ])
    expect(parseOrgList(csv, 'orgs-file').ids).toEqual([A])
    expect(parseCsv(csv)[1]?.[1]).toBe("'=cmd|x")
    // The post-install script's stack trace, last, as one field.
    expect(parseCsv(csv)[0]?.at(-1)).toBe('ErrorDetails')
    expect(parseCsv(csv)[1]?.at(-1)).toBe(
      'System.NullPointerException: Attempt to de-reference a null object\nClass.PostInstall.onInstall: line 12'
    )
  })

  it('reads an 18-character id written in another case as the id its checksum records', () => {
    expect(
      parseOrgList(`OrganizationId\n${B.toUpperCase()}\n${B.toLowerCase()}\n`, 'orgs-file')
    ).toEqual({
      ids: [B, B],
      problems: []
    })
  })

  it('names the lines whose 18-character id cannot carry its checksum', () => {
    expect(
      parseOrgList(`${A}\n00D5g0000000BBBEA9\n00D5g0000000BBBE2A`, 'orgs-file (x.txt)').problems
    ).toEqual([
      'orgs-file (x.txt): line 2 ("00D5g0000000BBBEA9"), line 3 ("00D5g0000000BBBE2A"): not an org id: the last 3 characters of an 18-character id are the checksum of the first 15, and these cannot be (the id is cut or mistyped); copy the id again.'
    ])
  })

  it('names every bad line and a missing column', () => {
    expect(parseOrgList(`${A}\n00Dshort\nhello`, 'orgs-file (x.txt)').problems).toEqual([
      'orgs-file (x.txt): line 2 ("00Dshort"), line 3 ("hello"): not an org id; expected 00D followed by 12 or 15 letters and digits.'
    ])
    expect(parseOrgList(`Name,Id\nx,${A}`, 'orgs-file').problems[0]).toMatch(
      /no OrganizationId column \(found Name, Id\)/
    )
    expect(parseOrgList('\n\n', 'orgs-file').problems).toEqual([
      'orgs-file: the file lists no org ids.'
    ])
  })
})
