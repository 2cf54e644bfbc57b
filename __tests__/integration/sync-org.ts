/**
 * The org the sync and compile scenarios start from: the demo project's Invoice__c object and
 * service class as the org holds them, and the source files the scenarios change.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { SimulatorOptions } from '../../simulator/index.ts'
import { D } from '../delta/git-repo.ts'
import { REPO_ROOT } from '../support/repo-root.ts'

export const CLASS = `${D}/classes/InvoiceService.cls`
export const FIELDS = `${D}/objects/Invoice__c/fields`

export const CLASS_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n'

/** The demo project's service class as shipped. */
export const DEMO_CLASS = readFileSync(
  path.join(REPO_ROOT, 'examples', 'demo-project', CLASS),
  'utf8'
)

/** The Invoice__c object as the org holds it, so CRUD calls on its fields find their parent. */
export const INVOICE_OBJECT = `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <deploymentStatus>Deployed</deploymentStatus>
    <fields>
        <fullName>Total__c</fullName>
        <label>Total</label>
        <precision>16</precision>
        <scale>2</scale>
        <type>Currency</type>
    </fields>
    <label>Invoice</label>
    <nameField>
        <label>Invoice Number</label>
        <type>AutoNumber</type>
        <displayFormat>INV-{0000}</displayFormat>
    </nameField>
    <pluralLabel>Invoices</pluralLabel>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`

/** An org holding the demo's object and service class, the ground sync works on. */
export function syncOrg(options: SimulatorOptions = {}): SimulatorOptions {
  return {
    orgType: 'Sandbox',
    ...options,
    seedFiles: new Map([
      ['objects/Invoice__c.object', Buffer.from(INVOICE_OBJECT)],
      ['classes/InvoiceService.cls', Buffer.from(DEMO_CLASS)],
      ['classes/InvoiceService.cls-meta.xml', Buffer.from(CLASS_META)]
    ])
  }
}

/** A text field's source file. */
export function field(name: string, label: string, type = 'Text'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>${name}</fullName>
    <label>${label}</label>
${type === 'Text' ? '    <length>40</length>\n' : ''}    <type>${type}</type>
</CustomField>
`
}
