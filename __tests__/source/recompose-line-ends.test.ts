// Recomposed files read CRLF and lone CR as LF, as an XML parser (and the reference converter)
// does; copied files keep their bytes.
import { describe, expect, it } from 'vitest'
import { buildPackage } from '../../src/source/build-package.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'

const d = 'fa/main/default'
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"'
const crlf = (s: string): string => s.replace(/\n/g, '\r\n')
const text = (b: Uint8Array | undefined): string => new TextDecoder().decode(b)

async function build(files: Record<string, string>): Promise<Map<string, Uint8Array>> {
  const tree = new InMemorySourceTree({
    'sfdx-project.json': JSON.stringify({
      packageDirectories: [{ path: 'fa', default: true }],
      sourceApiVersion: '61.0'
    }),
    ...files
  })
  const built = await buildPackage(tree, {
    projectDir: '',
    sourceDirs: [],
    ignoreUnknown: false,
    env: {}
  })
  return built.files
}

describe('line ends in recomposed files', () => {
  it('writes a CRLF label value and formula with LF, and keeps &#13;', async () => {
    const files = await build({
      [`${d}/labels/CustomLabels.labels-meta.xml`]: crlf(
        `${HEAD}<CustomLabels ${NS}>\n    <labels>\n        <fullName>Two</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>t</shortDescription>\n        <value>Line1\nLine2</value>\n    </labels>\n</CustomLabels>\n`
      ),
      [`${d}/objects/A__c/A__c.object-meta.xml`]: crlf(
        `${HEAD}<CustomObject ${NS}>\n    <label>A</label>\n</CustomObject>\n`
      ),
      [`${d}/objects/A__c/fields/F__c.field-meta.xml`]: `${HEAD}<CustomField ${NS}>\r    <fullName>F__c</fullName>\r\n    <description>one\rtwo&#13;three</description>\r\n    <formula>IF(A,\r\n "x",\r\n "y")</formula>\r\n    <type>Text</type>\r\n</CustomField>\r\n`
    })
    const labels = text(files.get('labels/CustomLabels.labels'))
    expect(labels).not.toContain('\r')
    expect(labels).toContain('<value>Line1\nLine2</value>')
    const object = text(files.get('objects/A__c.object'))
    expect(object).not.toContain('\r')
    expect(object).toContain('<description>one\ntwo&#13;three</description>')
    expect(object).toContain('<formula>IF(A,\n &quot;x&quot;,\n &quot;y&quot;)</formula>')
  })

  it('copies a CRLF class byte for byte', async () => {
    const cls = 'public class C {\r\n}\r\n'
    const files = await build({
      [`${d}/classes/C.cls`]: cls,
      [`${d}/classes/C.cls-meta.xml`]: crlf(
        `${HEAD}<ApexClass ${NS}>\n    <apiVersion>61.0</apiVersion>\n</ApexClass>\n`
      )
    })
    expect(text(files.get('classes/C.cls'))).toBe(cls)
    expect(text(files.get('classes/C.cls-meta.xml'))).toContain('\r\n')
  })
})
