/**
 * Deploy counters add up the way recorded real responses do: a failed component is never counted
 * as deployed, every error message counts once, and at the end deployed + errors = total
 * (sfcli-deploy-component-failure.json: one class with two errors → total 2, deployed 0, errors 2).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import {
  GOOD_CLASS,
  apexFiles,
  buildZip,
  field,
  packageXml,
  runToEnd,
  soapDeploy,
  soapStatus
} from './support.ts'

const BROKEN = `public class Broken {
    public void run() {
        foo;
        Integer x = 1
    }
}
`

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

function counts(xml: string): { total: number; deployed: number; errors: number } {
  return {
    total: Number(field(xml, 'numberComponentsTotal')),
    deployed: Number(field(xml, 'numberComponentsDeployed')),
    errors: Number(field(xml, 'numberComponentErrors'))
  }
}

function classes(names: string[]): Record<string, string> {
  return Object.fromEntries(
    names.map((name) => [name, GOOD_CLASS.replace('Calculator', name)] as const)
  )
}

async function deploy(
  s: Simulator,
  files: Record<string, string>,
  options = ''
): Promise<{ id: string; final: string }> {
  const id = await soapDeploy(s, await buildZip(files), options)
  return { id, final: await runToEnd(s, id, 100) }
}

describe('component counts', () => {
  it('reproduces the recorded compile failure: total 2, deployed 0, errors 2', async () => {
    sim = await startSimulator()
    const { final } = await deploy(sim, {
      'package.xml': packageXml({ ApexClass: ['Broken'] }),
      ...apexFiles({ Broken: BROKEN })
    })
    expect(field(final, 'status')).toBe('Failed')
    expect(counts(final)).toEqual({ total: 2, deployed: 0, errors: 2 })
  })

  it('on a rollback never counts the failed component as deployed; the sum is the total', async () => {
    sim = await startSimulator()
    const { final } = await deploy(sim, {
      'package.xml': packageXml({ ApexClass: ['A', 'B', 'C', 'Broken'] }),
      ...apexFiles({ ...classes(['A', 'B', 'C']), Broken: BROKEN })
    })
    expect(field(final, 'status')).toBe('Failed')
    expect(counts(final)).toEqual({ total: 5, deployed: 3, errors: 2 })
    expect(sim.org.has('ApexClass', 'A')).toBe(false)
  })

  it('counts manifest errors (unknown type, missing member, unlisted file) without exceeding the total', async () => {
    sim = await startSimulator()
    const { final } = await deploy(sim, {
      'package.xml': packageXml({ ApexClass: ['A', 'Missing'], NotAType: ['X'] }),
      ...apexFiles(classes(['A', 'Unlisted']))
    })
    const c = counts(final)
    expect(field(final, 'status')).toBe('Failed')
    expect(c).toEqual({ total: 4, deployed: 1, errors: 3 })
  })

  it('a partial success (rollbackOnError=false) deploys the good components only', async () => {
    sim = await startSimulator()
    const { final } = await deploy(
      sim,
      {
        'package.xml': packageXml({ ApexClass: ['A', 'Broken'] }),
        ...apexFiles({ ...classes(['A']), Broken: BROKEN })
      },
      '<met:rollbackOnError>false</met:rollbackOnError>'
    )
    expect(field(final, 'status')).toBe('SucceededPartial')
    expect(counts(final)).toEqual({ total: 3, deployed: 1, errors: 2 })
    expect(sim.org.has('ApexClass', 'A')).toBe(true)
    expect(sim.org.has('ApexClass', 'Broken')).toBe(false)
  })

  it('never reports deployed + errors above the total while the deploy runs', async () => {
    sim = await startSimulator()
    const names = Array.from({ length: 12 }, (_, i) => `K${i}`)
    const id = await soapDeploy(
      sim,
      await buildZip({
        'package.xml': packageXml({ ApexClass: [...names, 'Broken'] }),
        ...apexFiles({ ...classes(names), Broken: BROKEN })
      }),
      ''
    )
    let done = false
    for (let i = 0; i < 200 && !done; i++) {
      const xml = await soapStatus(sim, id, true)
      const c = counts(xml)
      expect(c.deployed + c.errors).toBeLessThanOrEqual(c.total)
      done = field(xml, 'done') === 'true'
      if (done) expect(c.deployed + c.errors).toBe(c.total)
      await sim.clock.advance(100)
    }
    expect(done).toBe(true)
  })
})
