/**
 * A project written the way public repositories write Apex tests validates green with
 * RunLocalTests through the action, as it does on a real org: expected exceptions around
 * Assert.fail, @TestSetup, Test.startTest/stopTest with a batch, System.runAs,
 * @isTest(SeeAllData=true), and a handler reached only through its trigger.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { type Simulator, startSimulator } from '../../simulator/index.ts'
import { passingProject, runAction } from '../integration/harness.ts'

const D = 'force-app/main/default'
const META = (kind: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${kind} xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</${kind}>\n`

const FILES: Record<string, string> = {
  [`${D}/classes/AccountService.cls`]: `public with sharing class AccountService {
    public class AccountException extends Exception {}
    public static void rename(Account row, String name) {
        if (String.isBlank(name)) {
            throw new AccountException('name required');
        }
        row.Name = name;
    }
}
`,
  [`${D}/classes/AccountTriggerHandler.cls`]: `public with sharing class AccountTriggerHandler {
    public static void beforeInsert(List<Account> rows) {
        for (Account row : rows) {
            if (row.Description == null) {
                row.Description = 'new';
            }
        }
    }
}
`,
  [`${D}/classes/CleanupBatch.cls`]: `public with sharing class CleanupBatch implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext bc) {
        return Database.getQueryLocator('SELECT Id FROM Account');
    }
    public void execute(Database.BatchableContext bc, List<SObject> scope) {
        delete scope;
    }
    public void finish(Database.BatchableContext bc) {
        System.debug('done');
    }
}
`,
  [`${D}/triggers/AccountTrigger.trigger`]: `trigger AccountTrigger on Account (before insert) {
    AccountTriggerHandler.beforeInsert(Trigger.new);
}
`,
  [`${D}/classes/AccountServiceTest.cls`]: `@isTest
private class AccountServiceTest {
    @TestSetup
    static void makeData() {
        insert new Account(Name = 'Acme');
    }
    @isTest
    static void rejectsBlankNames() {
        Account row = [SELECT Id, Name FROM Account LIMIT 1];
        try {
            AccountService.rename(row, '');
            Assert.fail('expected an AccountException');
        } catch (AccountService.AccountException e) {
            Assert.isTrue(e.getMessage().contains('required'));
        }
    }
    @isTest
    static void renamesAsAnotherUser() {
        User u = [SELECT Id FROM User WHERE Id = :UserInfo.getUserId()];
        System.runAs(u) {
            Account row = new Account(Name = 'Old');
            AccountService.rename(row, 'New');
            System.assertEquals('New', row.Name);
        }
    }
    @isTest
    static void cleansUp() {
        Test.startTest();
        Database.executeBatch(new CleanupBatch());
        Test.stopTest();
        System.assertEquals(0, [SELECT COUNT() FROM Account WHERE Name = 'Gone']);
    }
}
`,
  [`${D}/classes/AccountTriggerTest.cls`]: `@isTest(SeeAllData=true)
private class AccountTriggerTest {
    @isTest(SeeAllData=true)
    static void describesNewAccounts() {
        Account row = new Account(Name = 'Fresh');
        insert row;
        try {
            insert new Account();
        } catch (DmlException e) {
            return;
        }
        System.assert(false, 'a nameless account must be refused');
    }
}
`
}
for (const name of [
  'AccountService',
  'AccountTriggerHandler',
  'CleanupBatch',
  'AccountServiceTest',
  'AccountTriggerTest'
])
  FILES[`${D}/classes/${name}.cls-meta.xml`] = META('ApexClass')
FILES[`${D}/triggers/AccountTrigger.trigger-meta.xml`] = META('ApexTrigger')

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

describe('Apex idioms of public repositories', () => {
  it('validate green with RunLocalTests through the action', async () => {
    sim = await startSimulator({ profile: 'production' })
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: passingProject(FILES) }
    )
    expect(run.failure).toBeUndefined()
    expect(sim.deploys.at(-1)?.status).toBe('Succeeded')
    expect(run.outputs['tests-failed']).toBe('0')
    expect(Number(run.outputs['tests-run'])).toBeGreaterThanOrEqual(7)
  })

  it('the same tests without the idioms fail, naming the unconditional Assert.fail', async () => {
    sim = await startSimulator({ profile: 'production' })
    const broken = {
      ...FILES,
      [`${D}/classes/AccountServiceTest.cls`]: (
        FILES[`${D}/classes/AccountServiceTest.cls`] ?? ''
      ).replace(
        "            AccountService.rename(row, '');\n            Assert.fail('expected an AccountException');",
        "            AccountService.rename(row, '');\n        } finally {\n            Assert.fail('expected an AccountException');"
      )
    }
    const run = await runAction(
      sim,
      { mode: 'validate', 'test-level': 'RunLocalTests' },
      { workspace: passingProject(broken) }
    )
    expect(run.failed).toBe(true)
    expect(run.outputs['tests-failed']).toBe('1')
    expect(run.summary).toContain('AccountServiceTest')
  })
})
