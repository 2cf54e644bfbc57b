/**
 * Coverage results have the shape of the recorded validation (sfcli-validate-coverage-warnings.json):
 * the deployed interfaces IAsyncJobExecutor and IAsyncJobEventHandler have no codeCoverage entry,
 * while AsyncJobEventConstants (a class holding only an enum) is listed with numLocations 0.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { classZip, runToEnd, soapDeploy } from './support.ts'
import { readVector } from '../support/fixtures.ts'

interface Vector {
  result: {
    details: {
      componentSuccesses: { fileName: string; fullName: string }[]
      runTestResult: { codeCoverage: { name: string; numLocations: number }[] }
    }
  }
}

const IFACE = `public interface IThing {\n    void run();\n    Integer count();\n}\n`
const CONSTANTS = `public class ThingConstants {\n    public enum Action { ADD_ERROR, QUEUE_JOB }\n}\n`
const IMPL = `public class Thing implements IThing {\n    public void run() {\n        Integer x = 1;\n    }\n    public Integer count() {\n        return 2;\n    }\n}\n`
const TEST = `@isTest\nprivate class ThingTest {\n    @isTest static void runs() {\n        IThing t = new Thing();\n        t.run();\n        System.assertEquals(2, t.count());\n        System.assertEquals(ThingConstants.Action.QUEUE_JOB, ThingConstants.Action.QUEUE_JOB);\n    }\n}\n`

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(async () => {
  await sim.close()
})

function coverageNames(xml: string): string[] {
  return [...xml.matchAll(/<codeCoverage>.*?<name>([^<]*)<\/name>/g)].map((m) => m[1] as string)
}

describe('codeCoverage entries match the recorded validation', () => {
  it('lists zero-location classes but never interfaces', async () => {
    const recorded = readVector('sfcli-validate-coverage-warnings.json') as Vector
    const deployed = recorded.result.details.componentSuccesses.map((m) => m.fullName)
    const covered = recorded.result.details.runTestResult.codeCoverage
    // The recording: both interfaces were deployed and are absent from codeCoverage.
    expect(deployed).toEqual(expect.arrayContaining(['IAsyncJobExecutor', 'IAsyncJobEventHandler']))
    expect(covered.map((c) => c.name)).not.toContain('IAsyncJobExecutor')
    expect(covered.map((c) => c.name)).not.toContain('IAsyncJobEventHandler')
    expect(covered.find((c) => c.name === 'AsyncJobEventConstants')?.numLocations).toBe(0)

    const id = await soapDeploy(
      sim,
      await classZip({ IThing: IFACE, ThingConstants: CONSTANTS, Thing: IMPL, ThingTest: TEST }),
      '<met:singlePackage>true</met:singlePackage><met:testLevel>RunLocalTests</met:testLevel>'
    )
    const xml = await runToEnd(sim, id)
    expect(xml).toContain('<fullName>IThing</fullName>')
    expect(coverageNames(xml).sort()).toEqual(['Thing', 'ThingConstants'])
    expect(xml).toMatch(
      /<codeCoverage><id>\w+<\/id><name>ThingConstants<\/name><namespace xsi:nil="true"\/><numLocations>0<\/numLocations>/
    )
  })
})
