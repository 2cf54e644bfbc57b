import { describe, expect, it } from 'vitest'
import { labelIds, labelsOf } from '../../src/delta/delta-content.ts'
import { defaultRegistry } from '../../src/source/registry/registry.ts'
import type { ResolvedComponent } from '../../src/source/component.ts'
import { InMemorySourceTree } from '../../src/source/source-tree.ts'

const labels = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">\n${body}</CustomLabels>\n`
const block = (id: string, value: string): string =>
  `    <labels>\n        <fullName>${id}</fullName>\n        <value>${value}</value>\n    </labels>\n`

function component(paths: string[]): ResolvedComponent {
  const type = defaultRegistry().types.get('CustomLabels')
  if (!type) throw new Error('no CustomLabels type')
  return {
    type,
    fullName: 'CustomLabels',
    packageDir: 'force-app',
    content: paths,
    children: [],
    isFolder: false
  }
}

async function scan(text: string): Promise<Map<string, string>> {
  const path = 'force-app/labels/L.labels-meta.xml'
  return labelsOf(new InMemorySourceTree({ [path]: text }), component([path]))
}

describe('labels of a delta', () => {
  it('skips commented-out labels and sees comment edits inside a label', async () => {
    const base = await scan(
      labels(
        `${block('A', '1')}    <!-- <labels><fullName>Old</fullName></labels> -->\n${block('B', '2')}`
      )
    )
    expect([...base.keys()]).toEqual(['A', 'B'])
    const moved = await scan(labels(`    <!-- moved -->\n${block('A', '1')}${block('B', '2')}`))
    expect(moved.get('A')).toBe(base.get('A'))
    const inside = await scan(
      labels(`${block('A', '1').replace('<value>', '<!-- why --><value>')}${block('B', '2')}`)
    )
    expect(inside.get('A')).not.toBe(base.get('A'))
    expect(inside.get('B')).toBe(base.get('B'))
  })

  it('does not keep a deleted label alive by a commented-out or CDATA copy in another file', async () => {
    // The ids of the other label files decide whether a label gone from a changed file is
    // deleted in the org: text that only looks like a label must not count.
    const files = {
      'force-app/labels/Changed.labels-meta.xml': labels(block('A', '1')),
      'force-app/labels/Commented.labels-meta.xml': labels(
        `${block('B', '2')}    <!-- <labels><fullName>Gone</fullName></labels> -->\n`
      ),
      'force-app/labels/Cdata.labels-meta.xml': labels(
        block('C', '<![CDATA[<labels><fullName>AlsoGone</fullName></labels>]]>')
      )
    }
    const ids = await labelIds(
      new InMemorySourceTree(files),
      component(Object.keys(files)),
      new Set(['force-app/labels/Changed.labels-meta.xml'])
    )
    expect([...ids].sort()).toEqual(['B', 'C'])
  })
})
