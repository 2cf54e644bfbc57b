/**
 * The documented Apex rules: compile errors, test outcomes, coverage.
 */
import { describe, expect, it } from 'vitest'
import { compileErrors } from '../../simulator/apex/compile-rules.ts'
import { coverageOf } from '../../simulator/apex/coverage-rules.ts'
import { testDurationMs, testMethodsOf } from '../../simulator/apex/test-rules.ts'

const REALISTIC = `public with sharing class AccountService {
    public enum Mode { FAST, SAFE
    }
    private static final List<String> NAMES = new List<String>{
        'a',
        'b'
    };
    public Integer count { get; set; }
    public AccountService() {
        count = 0; // a comment with } and ;
    }
    public List<Account> load(Set<Id> ids) {
        List<Account> rows = [SELECT Id, Name FROM Account WHERE Id IN :ids];
        for (Integer i = 0; i < rows.size(); i++) {
            if (rows[i].Name == null) {
                rows[i].Name = '}';
            } else {
                count++;
            }
        }
        return rows;
    }
    public class Inner {
        public String label;
    }
}
`

describe('compile rules', () => {
  it('reproduces the recorded two-error failure', () => {
    const source =
      'public class MyClassName {\n    public void m() {\n        something\n    }\n}\n'
    expect(compileErrors(source, 'class')).toEqual([
      { line: 3, column: 9, problem: 'Expression cannot be a statement.' },
      { line: 4, column: 5, problem: "Missing ';' at '}'" }
    ])
  })

  it('accepts realistic Apex (enums, initialisers, properties, SOQL, loops, inner classes, comments)', () => {
    expect(compileErrors(REALISTIC, 'class')).toEqual([])
  })

  it('reports braces and markers', () => {
    expect(compileErrors('public class A {\n    void m() {\n    }\n', 'class')).toEqual([
      { line: 4, column: 1, problem: "Missing '}' at '<EOF>'" }
    ])
    expect(compileErrors('public class A {\n}\n}\n', 'class')).toEqual([
      { line: 3, column: 1, problem: "Unexpected token '}'." }
    ])
    expect(
      compileErrors(
        'public class A {\n    Integer x = y; // sim:compile-error Variable does not exist: y\n}\n',
        'class'
      )
    ).toEqual([{ line: 2, column: 5, problem: 'Variable does not exist: y' }])
    expect(compileErrors('trigger T on Account (before insert) {\n    x;\n}\n', 'trigger')).toEqual(
      [{ line: 2, column: 5, problem: 'Expression cannot be a statement.' }]
    )
  })
})

describe('test rules', () => {
  it('finds test methods and their scripted failures', () => {
    const source = `@isTest
private class FooTest {
    @TestSetup static void setup() {}
    @isTest static void passes() {
        System.assertEquals(2, 1 + 1);
    }
    static testMethod void legacy() {
        // System.assert(false) in a comment does nothing
        Assert.isTrue(false, 'boom');
    }
    @isTest(SeeAllData=false)
    static void marker() {
        Integer x = 1; // sim:test-fail System.NullPointerException: Attempt to de-reference a null object
    }
    @isTest static void divides() {
        Integer x = 1 / 0;
    }
}
`
    const methods = testMethodsOf('FooTest', source)
    expect(methods.map((m) => [m.methodName, m.failure?.message, m.failure?.line])).toEqual([
      ['passes', undefined, undefined],
      ['legacy', 'System.AssertException: Assertion Failed: Expected: true, Actual: false', 9],
      ['marker', 'System.NullPointerException: Attempt to de-reference a null object', 13],
      ['divides', 'System.MathException: Divide by 0', 16]
    ])
    expect(methods[0]?.durationMs).toBe(testDurationMs('FooTest', 'passes'))
    expect(testMethodsOf('Foo', 'public class Foo {}')).toEqual([])
  })
})

describe('coverage rules', () => {
  it('covers methods the tests call, transitively, and never marked lines', () => {
    const cls = `public class Calc {
    public static Integer add(Integer a, Integer b) {
        return helper(a) + b;
    }
    private static Integer helper(Integer a) {
        return a; // sim:not-covered
    }
    public static Integer unused() {
        Integer x = 1;
        return x;
    }
}
`
    const facts = coverageOf({ name: 'Calc', kind: 'class', source: cls }, [
      '@isTest class CalcTest { @isTest static void t() { Calc.add(1, 2); } }'
    ])
    expect(facts).toEqual({ locations: [3, 6, 9, 10], covered: [3], notCovered: [6, 9, 10] })
    expect(coverageOf({ name: 'Calc', kind: 'class', source: cls }, []).covered).toEqual([])
  })

  it('covers a trigger when a test does DML on its object', () => {
    const trigger =
      'trigger AccountTrigger on Account (before insert) {\n    for (Account a : Trigger.new) {\n        a.Name = a.Name.trim();\n    }\n}\n'
    expect(
      coverageOf({ name: 'AccountTrigger', kind: 'trigger', source: trigger, sObject: 'Account' }, [
        "insert new Account(Name = 'x');"
      ]).notCovered
    ).toEqual([])
    expect(
      coverageOf({ name: 'AccountTrigger', kind: 'trigger', source: trigger, sObject: 'Account' }, [
        'new Contact();'
      ]).covered
    ).toEqual([])
  })
})
