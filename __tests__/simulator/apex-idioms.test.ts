/**
 * The Apex idioms public repositories use get the outcome a real org gives: the "expect an
 * exception" try/catch around Assert.fail, conditional returns, @TestSetup, Test.startTest /
 * stopTest with async Apex, System.runAs, @isTest(SeeAllData=true), code reached only through
 * triggers, and `;` inside for headers.
 */
import { describe, expect, it } from 'vitest'
import { compileErrors } from '../../simulator/apex/compile-rules.ts'
import { coverageOfAll } from '../../simulator/apex/coverage-rules.ts'
import { testMethodsOf } from '../../simulator/apex/test-rules.ts'

function outcomes(source: string): Record<string, string | undefined> {
  return Object.fromEntries(
    testMethodsOf('IdiomTest', source).map((m) => [m.methodName, m.failure?.message])
  )
}

const ASSERT_FAILED = 'System.AssertException: Assertion Failed'

describe('reachability of failing assertions', () => {
  const source = `@isTest
private class IdiomTest {
    @isTest static void expectsException() {
        try {
            Service.explode();
            Assert.fail('expected an exception');
        } catch (Service.ServiceException e) {
            Assert.isTrue(e.getMessage().contains('boom'));
        }
    }
    @isTest static void legacyExpectsException() {
        try {
            Service.explode();
            System.assert(false, 'Expected exception');
        }
        catch (Exception e) {
            System.assert(e instanceof Service.ServiceException);
        }
    }
    @isTest static void failsOnlyOnUnexpectedException() {
        try {
            Service.run();
        } catch (Exception e) {
            Assert.fail('unexpected: ' + e.getMessage());
        }
    }
    @isTest static void returnsFromCatch() {
        try {
            insert new Account();
        } catch (DmlException e) {
            System.assert(e.getMessage().contains('REQUIRED'));
            return;
        }
        System.assert(False);
    }
    @isTest static void conditionalFail() {
        Integer n = Service.count();
        if (n < 0) Assert.fail('negative');
        if (n > 100) {
            Assert.fail('too many');
        }
        for (Integer i = 0; i < n; i++) {
            System.assertEquals(1, 2);
        }
    }
    @isTest static void straightFail() {
        Service.run();
        Assert.fail('always');
    }
    @isTest static void failsInsideRunAs() {
        User u = new User();
        System.runAs(u) {
            Assert.isTrue(false, 'runAs blocks always run');
        }
    }
    @isTest static void failsInFinally() {
        try {
            Service.run();
        } finally {
            System.assertEquals('a', 'b');
        }
    }
    @isTest static void literalMismatchAfterStopTest() {
        Test.startTest();
        Service.run();
        Test.stopTest();
        System.assertEquals(1, 2);
    }
}
`
  it('skips the unreached line of the idiom and fails the reached ones', () => {
    expect(outcomes(source)).toEqual({
      expectsException: undefined,
      legacyExpectsException: undefined,
      failsOnlyOnUnexpectedException: undefined,
      returnsFromCatch: undefined,
      conditionalFail: undefined,
      straightFail: ASSERT_FAILED,
      failsInsideRunAs: 'System.AssertException: Assertion Failed: Expected: true, Actual: false',
      failsInFinally: 'System.AssertException: Assertion Failed: Expected: a, Actual: b',
      literalMismatchAfterStopTest:
        'System.AssertException: Assertion Failed: Expected: 1, Actual: 2'
    })
  })

  it('keeps explicit sim:test-fail markers wherever they are', () => {
    const marked = `@isTest
private class IdiomTest {
    @isTest static void marked() {
        try {
            Service.run(); // sim:test-fail System.NullPointerException: Attempt to de-reference a null object
        } catch (Exception e) {}
    }
}
`
    expect(outcomes(marked)).toEqual({
      marked: 'System.NullPointerException: Attempt to de-reference a null object'
    })
  })
})

describe('test classes', () => {
  it('finds tests of @isTest(SeeAllData=true) classes and methods; @TestSetup is not a test', () => {
    const source = `@isTest(SeeAllData=true)
public class IdiomTest {
    @TestSetup
    static void makeData() {
        insert new Account(Name = 'a');
    }
    @isTest(SeeAllData=true)
    static void readsOrgData() {
        System.assertNotEquals(null, [SELECT Id FROM Account LIMIT 1]);
    }
    @IsTest
    private static void second() {}
}
`
    expect(testMethodsOf('IdiomTest', source).map((m) => m.methodName)).toEqual([
      'readsOrgData',
      'second'
    ])
    expect(Object.values(outcomes(source))).toEqual([undefined, undefined])
  })

  it('a failing @TestSetup fails every test method at the setup line', () => {
    const source = `@isTest
private class IdiomTest {
    @TestSetup static void setup() {
        Integer broken = 1 / 0;
    }
    @isTest static void one() {}
    @isTest static void two() {}
}
`
    const methods = testMethodsOf('IdiomTest', source)
    expect(methods.map((m) => m.failure)).toEqual([
      { message: 'System.MathException: Divide by 0', line: 4, method: 'setup' },
      { message: 'System.MathException: Divide by 0', line: 4, method: 'setup' }
    ])
  })
})

describe('coverage of code reached indirectly', () => {
  const handler = `public with sharing class AccountTriggerHandler {
    public static void beforeInsert(List<Account> rows) {
        for (Account row : rows) {
            row.Description = AccountNamer.describe(row);
        }
    }
    public static void unused() {
        Integer x = 1;
    }
}
`
  const namer = `public class AccountNamer {
    public static String describe(Account row) {
        return 'Account ' + row.Name;
    }
}
`
  const trigger = `trigger AccountTrigger on Account (before insert) {
    AccountTriggerHandler.beforeInsert(Trigger.new);
}
`
  const batch = `public class CleanupBatch implements Database.Batchable<SObject> {
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
`
  it('covers handler classes reached only through a trigger, and what they call', () => {
    const test = `@isTest
private class AccountTriggerTest {
    @isTest static void insertsAccount() {
        Test.startTest();
        insert new Account(Name = 'Acme');
        Test.stopTest();
    }
}
`
    const [handlerFacts, namerFacts, triggerFacts] = coverageOfAll(
      [
        { name: 'AccountTriggerHandler', kind: 'class', source: handler },
        { name: 'AccountNamer', kind: 'class', source: namer },
        { name: 'AccountTrigger', kind: 'trigger', source: trigger, sObject: 'Account' }
      ],
      [test]
    )
    expect(triggerFacts?.notCovered).toEqual([])
    expect(handlerFacts?.covered).toEqual([3, 4])
    expect(handlerFacts?.notCovered).toEqual([8])
    expect(namerFacts?.notCovered).toEqual([])
    const [untouched] = coverageOfAll(
      [{ name: 'AccountTriggerHandler', kind: 'class', source: handler }],
      [test]
    )
    expect(untouched?.covered).toEqual([])
  })

  it('covers start/execute/finish of a batch the test runs between startTest and stopTest', () => {
    const test = `@isTest
private class CleanupBatchTest {
    @isTest static void runs() {
        Test.startTest();
        Database.executeBatch(new CleanupBatch());
        Test.stopTest();
    }
}
`
    const [facts] = coverageOfAll([{ name: 'CleanupBatch', kind: 'class', source: batch }], [test])
    expect(facts?.notCovered).toEqual([])
    expect(facts?.covered).toEqual([3, 6, 9])
  })
})

describe('statements', () => {
  it('does not split for headers at their semicolons', () => {
    const source = `public class Loops {
    public static Integer count(Integer nDay) {
        for (integer n = nDay; true; ) {
            n++;
            if (n > 10) return n;
        }
        for (Integer i = 0; i < 3; i++) {}
        return 0;
    }
}
`
    expect(compileErrors(source, 'class')).toEqual([])
  })
})
