/**
 * `numberFiles` counts the entries of the uploaded zip, folder entries included, as in the
 * recorded CLI deploys: the CLI's zips (one folder entry per folder) give numberFiles = files +
 * folders (sfcli-deploy-test-failure.json: 5 files in `classes/` → "6";
 * sfcli-deploy-component-failure.json: 3 files → "4"; sfcli-validate-coverage-warnings.json: 59
 * files in 8 folders → "67").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import {
  GOOD_CLASS,
  GOOD_TEST,
  buildZip,
  classZip,
  field,
  runToEnd,
  soapDeploy
} from './support.ts'
import { readVector } from '../support/fixtures.ts'

interface CliVector {
  result: { numberFiles: string; zipFileCount: number }
}

let sim: Simulator
beforeEach(async () => {
  sim = await startSimulator()
})
afterEach(async () => {
  await sim.close()
})

describe('numberFiles matches the recorded deploys', () => {
  it('counts folder entries like the recorded CLI zips', async () => {
    // sfcli-deploy-test-failure.json: package.xml and two classes with their meta files.
    const recorded = readVector('sfcli-deploy-test-failure.json') as CliVector
    expect(recorded.result.zipFileCount).toBe(5)
    const zip = await classZip({ Calculator: GOOD_CLASS, CalculatorTest: GOOD_TEST })
    const id = await soapDeploy(sim, zip, '<met:singlePackage>true</met:singlePackage>')
    const xml = await runToEnd(sim, id)
    expect(field(xml, 'numberFiles')).toBe(recorded.result.numberFiles)
  })

  it('counts nested folders once each', async () => {
    const files = {
      'package.xml':
        '<?xml version="1.0" encoding="UTF-8"?><Package xmlns="http://soap.sforce.com/2006/04/metadata"><version>66.0</version></Package>',
      'lwc/cmp/cmp.js': 'export default class {}',
      'lwc/cmp/cmp.js-meta.xml': '<LightningComponentBundle/>'
    }
    // JSZip writes `lwc/` and `lwc/cmp/`: 3 files + 2 folders.
    const id = await soapDeploy(
      sim,
      await buildZip(files),
      '<met:singlePackage>true</met:singlePackage>'
    )
    expect(field(await runToEnd(sim, id), 'numberFiles')).toBe('5')
  })
})
