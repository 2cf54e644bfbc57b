// Generated SFDX projects that exercise every conversion strategy of source-format.md, for the
// comparison with the reference converter.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { edgeProjects } from './edge-projects.ts'

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"'
const meta = (root: string, body: string): string => `${HEAD}<${root} ${NS}>\n${body}\n</${root}>\n`

type Files = Record<string, string>

function write(dir: string, files: Files): void {
  rmSync(dir, { recursive: true, force: true })
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true })
    writeFileSync(path.join(dir, rel), text)
  }
}

const project = (dirs: string[]): string =>
  JSON.stringify({
    packageDirectories: dirs.map((p, i) => ({ path: p, ...(i === 0 ? { default: true } : {}) })),
    sourceApiVersion: '61.0'
  })

/** Every strategy, with XML quirks in the recomposed types. */
function strategies(): Files {
  const d = 'app/main/default'
  return {
    'sfdx-project.json': project(['app', 'more']),
    '.forceignore': '**/jsconfig.json\n**/settings/**\n!Account.settings-meta.xml\n',
    [`${d}/classes/Svc.cls`]: 'public class Svc {}\n',
    [`${d}/classes/Svc.cls-meta.xml`]: meta(
      'ApexClass',
      '    <apiVersion>61.0</apiVersion>\n    <status>Active</status>'
    ),
    [`${d}/triggers/T.trigger`]: 'trigger T on Account (before insert) {}\n',
    [`${d}/triggers/T.trigger-meta.xml`]: meta(
      'ApexTrigger',
      '    <apiVersion>61.0</apiVersion>\n    <status>Active</status>'
    ),
    [`${d}/settings/Account.settings-meta.xml`]: meta(
      'AccountSettings',
      '    <enableAccountOwnerReport>true</enableAccountOwnerReport>'
    ),
    [`${d}/settings/Case.settings-meta.xml`]: meta(
      'CaseSettings',
      '    <closeCaseThroughStatusChange>false</closeCaseThroughStatusChange>'
    ),
    [`${d}/layouts/Acc__c-Acc%2E1 Layout.layout-meta.xml`]: meta(
      'Layout',
      '    <layoutSections><label>A</label></layoutSections>'
    ),
    [`${d}/weblinks/Old.custompageweblink-meta.xml`]: meta(
      'CustomPageWebLink',
      '    <availability>online</availability>'
    ),
    [`${d}/customMetadata/Conf.Main.md-meta.xml`]: `${HEAD}<CustomMetadata ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n    <label>Main</label>\n    <values><field>V__c</field><value xsi:nil="true"/></values>\n</CustomMetadata>\n`,
    [`${d}/lwc/card/card.js`]:
      "import { LightningElement } from 'lwc'\nexport default class Card extends LightningElement {}\n",
    [`${d}/lwc/card/card.html`]: '<template></template>\n',
    [`${d}/lwc/card/templates/alt.html`]: '<template>alt</template>\n',
    [`${d}/lwc/card/card.js-meta.xml`]: meta(
      'LightningComponentBundle',
      '    <apiVersion>61.0</apiVersion>\n    <isExposed>false</isExposed>'
    ),
    [`${d}/lwc/jsconfig.json`]: '{}\n',
    [`${d}/aura/box/box.cmp`]: '<aura:component></aura:component>\n',
    [`${d}/aura/box/box.cmp-meta.xml`]: meta(
      'AuraDefinitionBundle',
      '    <apiVersion>61.0</apiVersion>'
    ),
    [`${d}/staticresources/lib.resource-meta.xml`]: meta(
      'StaticResource',
      '    <cacheControl>Public</cacheControl>\n    <contentType>application/zip</contentType>'
    ),
    [`${d}/staticresources/lib/js/a.js`]: 'a()\n',
    [`${d}/staticresources/lib/b/c/d.txt`]: 'deep\n',
    [`${d}/staticresources/img.resource-meta.xml`]: meta(
      'StaticResource',
      '    <cacheControl>Private</cacheControl>\n    <contentType>image/png</contentType>'
    ),
    [`${d}/staticresources/img.png`]: '\u0089PNG fake',
    [`${d}/documents/Docs.documentFolder-meta.xml`]: meta(
      'DocumentFolder',
      '    <accessType>Public</accessType>\n    <name>Docs</name>\n    <publicFolderAccess>ReadOnly</publicFolderAccess>'
    ),
    [`${d}/documents/Docs/readme.txt`]: 'hello\n',
    [`${d}/documents/Docs/readme.document-meta.xml`]: meta(
      'Document',
      '    <internalUseOnly>false</internalUseOnly>\n    <name>readme</name>\n    <public>true</public>'
    ),
    [`${d}/email/Mail.emailFolder-meta.xml`]: meta(
      'EmailFolder',
      '    <accessType>Public</accessType>\n    <name>Mail</name>'
    ),
    [`${d}/email/Mail/Hi.email`]: 'Hi {!Contact.Name}\n',
    [`${d}/email/Mail/Hi.email-meta.xml`]: meta(
      'EmailTemplate',
      '    <available>true</available>\n    <name>Hi</name>\n    <style>none</style>\n    <type>text</type>'
    ),
    [`${d}/reports/R1.reportFolder-meta.xml`]: meta('ReportFolder', '    <name>R1</name>'),
    [`${d}/reports/R1/Sub.reportFolder-meta.xml`]: meta('ReportFolder', '    <name>Sub</name>'),
    [`${d}/reports/R1/Sub/Deep.report-meta.xml`]: meta(
      'Report',
      '    <format>Tabular</format>\n    <name>Deep</name>'
    ),
    [`${d}/reports/unfiled$public/Loose.report-meta.xml`]: meta(
      'Report',
      '    <format>Tabular</format>\n    <name>Loose</name>'
    ),
    [`${d}/dashboards/D1.dashboardFolder-meta.xml`]: meta('DashboardFolder', '    <name>D1</name>'),
    [`${d}/dashboards/D1/Board.dashboard-meta.xml`]: meta('Dashboard', '    <title>Board</title>'),
    [`${d}/objects/Acc__c/Acc__c.object-meta.xml`]: `${HEAD}<CustomObject ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n    <actionOverrides><actionName>View</actionName><type>Default</type></actionOverrides>\n    <label> Acc </label><!-- keep -->\n    <description><![CDATA[a <b>bold</b> move]]></description>\n    <actionOverrides><actionName>Edit</actionName><comment>it&apos;s &#160;"q" &amp; &lt;</comment><type>Default</type></actionOverrides>\n    <searchLayouts/>\n    <pluralLabel>Accs</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n`,
    [`${d}/objects/Acc__c/fields/_under__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>_under__c</fullName>\n    <label>U</label>\n    <type>Checkbox</type>\n    <defaultValue>false</defaultValue>'
    ),
    [`${d}/objects/Acc__c/fields/B2__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>B2__c</fullName>\n    <label>B2</label>\n    <length>0010</length>\n    <type>Text</type>'
    ),
    [`${d}/objects/Acc__c/fields/beta__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>beta__c</fullName>\n    <label>beta</label>\n    <type>Number</type>\n    <precision>18</precision>'
    ),
    [`${d}/objects/Acc__c/fields/Éclair__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>Éclair__c</fullName>\n    <label>É</label>\n    <type>Checkbox</type>'
    ),
    [`${d}/objects/Acc__c/fields/Pick__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>Pick__c</fullName>\n    <label>Pick</label>\n    <type>Picklist</type>\n    <valueSet><valueSetDefinition><value><fullName>A</fullName><default>false</default><label>A</label></value><value><fullName>B</fullName><default>false</default><label>B</label></value></valueSetDefinition></valueSet>'
    ),
    [`${d}/objects/Acc__c/indexes/Idx.index-meta.xml`]: meta(
      'Index',
      '    <fullName>Idx</fullName>\n    <label>Idx</label>'
    ),
    [`${d}/objects/Acc__c/listViews/All.listView-meta.xml`]: meta(
      'ListView',
      '    <fullName>All</fullName>\n    <filterScope>Everything</filterScope>\n    <label>All</label>'
    ),
    [`${d}/objects/Acc__c/validationRules/V1.validationRule-meta.xml`]: meta(
      'ValidationRule',
      '    <fullName>V1</fullName>\n    <active>true</active>\n    <errorConditionFormula>B2__c &gt; 3 &amp;&amp; true</errorConditionFormula>\n    <errorMessage>too &apos;big&apos;</errorMessage>'
    ),
    [`${d}/objects/Event__e/Event__e.object-meta.xml`]: meta(
      'CustomObject',
      '    <deploymentStatus>Deployed</deploymentStatus>\n    <eventType>HighVolume</eventType>\n    <label>Event</label>\n    <pluralLabel>Events</pluralLabel>\n    <publishBehavior>PublishAfterCommit</publishBehavior>'
    ),
    [`${d}/objects/Empty__c/Empty__c.object-meta.xml`]: `${HEAD}<CustomObject ${NS}/>\n`,
    [`${d}/objects/Empty__c/fields/F__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>F__c</fullName>\n    <label>F</label>\n    <type>Checkbox</type>\n    <defaultValue>true</defaultValue>'
    ),
    [`${d}/objectTranslations/Acc__c-fr/Acc__c-fr.objectTranslation-meta.xml`]: meta(
      'CustomObjectTranslation',
      '    <caseValues><plural>false</plural><value>Acc FR</value></caseValues>'
    ),
    [`${d}/objectTranslations/Acc__c-fr/beta__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>Bêta</label>\n    <name>beta__c</name>'
    ),
    [`${d}/objectTranslations/Acc__c-fr/B2__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>B deux</label>\n    <name>B2__c</name>'
    ),
    [`${d}/bots/Helper/Helper.bot-meta.xml`]: meta('Bot', '    <label>Helper</label>'),
    [`${d}/bots/Helper/v2.botVersion-meta.xml`]: meta(
      'BotVersion',
      '    <fullName>v2</fullName>\n    <entryDialog>Hi</entryDialog>'
    ),
    [`${d}/bots/Helper/v1.botVersion-meta.xml`]: meta(
      'BotVersion',
      '    <fullName>v1</fullName>\n    <entryDialog>Hello</entryDialog>'
    ),
    [`${d}/labels/A.labels-meta.xml`]: meta(
      'CustomLabels',
      '    <labels><fullName>b</fullName><language>en_US</language><protected>false</protected><shortDescription>b</shortDescription><value>1</value></labels>\n    <labels><fullName>Dup</fullName><language>en_US</language><protected>false</protected><shortDescription>d</shortDescription><value>first</value></labels>'
    ),
    ['more/labels/B.labels-meta.xml']: meta(
      'CustomLabels',
      '    <labels><fullName>B</fullName><language>en_US</language><protected>false</protected><shortDescription>B</shortDescription><value>2</value></labels>\n    <labels><fullName>Dup</fullName><language>en_US</language><protected>false</protected><shortDescription>d</shortDescription><value>second</value></labels>'
    ),
    ['more/objects/Acc__c/fields/More__c.field-meta.xml']: meta(
      'CustomField',
      '    <fullName>More__c</fullName>\n    <label>More</label>\n    <type>Checkbox</type>\n    <defaultValue>false</defaultValue>'
    ),
    [`${d}/workflows/Acc__c.workflow-meta.xml`]: meta(
      'Workflow',
      '    <alerts><fullName>Al</fullName><description>a</description></alerts>\n    <fieldUpdates><fullName>Up</fullName><field>B2__c</field></fieldUpdates>\n    <rules><fullName>Rule One</fullName><active>true</active></rules>'
    ),
    [`${d}/sharingRules/Acc__c.sharingRules-meta.xml`]: meta(
      'SharingRules',
      '    <sharingOwnerRules><fullName>Own</fullName><label>Own</label></sharingOwnerRules>\n    <sharingCriteriaRules><fullName>Crit</fullName><label>Crit</label></sharingCriteriaRules>'
    ),
    [`${d}/assignmentRules/Case.assignmentRules-meta.xml`]: meta(
      'AssignmentRules',
      '    <assignmentRule><fullName>Std</fullName><active>true</active></assignmentRule>'
    ),
    [`${d}/experiences/Site1.site-meta.xml`]: meta(
      'ExperienceBundle',
      '    <label>Site1</label>\n    <urlPathPrefix>s1</urlPathPrefix>'
    ),
    [`${d}/experiences/Site1/config/site1.json`]: '{"type":"appPage"}\n',
    [`${d}/experiences/Site1/views/home.json`]: '{"view":"home"}\n',
    [`${d}/digitalExperiences/site/Space1/Space1.digitalExperience-meta.xml`]: meta(
      'DigitalExperienceBundle',
      '    <label>Space1</label>'
    ),
    [`${d}/digitalExperiences/site/Space1/sfdc_cms__view/home/_meta.json`]:
      '{"apiName":"home","type":"sfdc_cms__view"}\n',
    [`${d}/digitalExperiences/site/Space1/sfdc_cms__view/home/content.json`]:
      '{"type":"sfdc_cms__view"}\n',
    [`${d}/digitalExperiences/site/Space1/sfdc_cms__view/home/fr.json`]: '{"lang":"fr"}\n',
    [`${d}/tabs/Acc__c.tab-meta.xml`]: meta(
      'CustomTab',
      '    <customObject>true</customObject>\n    <motif>Custom1: Heart</motif>'
    ),
    [`${d}/flows/F.flow-meta.xml`]: `${HEAD}<Flow ${NS}>\r\n    <label>F</label>\r\n</Flow>\r\n`
  }
}

/** No .forceignore: dot files and .dup files are deployed, as the reference does. */
function noForceIgnore(): Files {
  const d = 'force-app'
  return {
    'sfdx-project.json': project(['force-app']),
    [`${d}/lwc/card/card.js`]: 'export default 1\n',
    [`${d}/lwc/card/card.js-meta.xml`]: meta(
      'LightningComponentBundle',
      '    <apiVersion>61.0</apiVersion>'
    ),
    [`${d}/lwc/card/.eslintrc.json`]: '{}\n',
    [`${d}/classes/A.cls`]: 'class A {}\n',
    [`${d}/classes/A.cls-meta.xml`]: meta('ApexClass', '    <apiVersion>61.0</apiVersion>')
  }
}

/**
 * The resolution rules of the reference on real projects: test files and mocks left out, the
 * same component in two package directories (identical and differing), a parent folder twice in
 * one package directory, an empty object translation, files in metadata format, newer types
 * (AiEvaluationDefinition, Territory2 models, UI bundles) and case-insensitive ignore patterns.
 */
function cliRules(): Files {
  const a = 'base/main/default'
  const b = 'ext/main/default'
  const csp = meta(
    'CspTrustedSite',
    '    <endpointUrl>https://cdn.example.com</endpointUrl>\n    <isActive>true</isActive>'
  )
  const page = (label: string): string =>
    meta('FlexiPage', `    <masterLabel>${label}</masterLabel>\n    <type>AppPage</type>`)
  return {
    'sfdx-project.json': project(['base', 'ext']),
    '.forceignore': '**/jsconfig.json\n**SETTINGS\n',
    'base/test/jest-mocks/lightning/navigation.js': 'export const x = 1\n',
    'base/test/jest-mocks/apex/getThings.js': 'export default jest.fn()\n',
    [`${a}/lwc/card/card.js`]: 'export default class Card {}\n',
    [`${a}/lwc/card/card.js-meta.xml`]: meta(
      'LightningComponentBundle',
      '    <apiVersion>61.0</apiVersion>'
    ),
    [`${a}/lwc/card/__tests__/card.test.js`]: 'test("x", () => {})\n',
    [`${a}/lwc/card/.eslintrc.json`]: '{}\n',
    [`${a}/lwc/jsconfig.json`]: '{}\n',
    [`${a}/remoteSiteSettings/Api.remoteSite-meta.xml`]: meta(
      'RemoteSiteSetting',
      '    <isActive>true</isActive>\n    <url>https://api.example.com</url>'
    ),
    [`${a}/cspTrustedSites/Cdn.cspTrustedSite-meta.xml`]: csp,
    [`${b}/cspTrustedSites/Cdn.cspTrustedSite-meta.xml`]: csp,
    [`${a}/flexipages/Home.flexipage-meta.xml`]: page('Home base'),
    [`${b}/flexipages/Home.flexipage-meta.xml`]: page('Home extension'),
    [`${a}/objectTranslations/Acc__c-de/Acc__c-de.objectTranslation-meta.xml`]: meta(
      'CustomObjectTranslation',
      '    <caseValues><plural>false</plural><value>Konto</value></caseValues>'
    ),
    [`${a}/objectTranslations/Acc__c-de/F__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>F de</label>\n    <name>F__c</name>'
    ),
    'base/more/objectTranslations/Acc__c-de/Acc__c-de.objectTranslation-meta.xml': meta(
      'CustomObjectTranslation',
      '    <caseValues><plural>true</plural><value>Konten</value></caseValues>'
    ),
    'base/more/objectTranslations/Acc__c-de/G__c.fieldTranslation-meta.xml': meta(
      'CustomFieldTranslation',
      '    <label>G de</label>\n    <name>G__c</name>'
    ),
    [`${a}/objectTranslations/Acc__c-fr/Acc__c-fr.objectTranslation-meta.xml`]: `${HEAD}<CustomObjectTranslation ${NS}/>\n`,
    [`${a}/objectTranslations/Acc__c-fr/F__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>F fr</label>\n    <name>F__c</name>'
    ),
    [`${a}/aiEvaluationDefinitions/Eval.aiEvaluationDefinition-meta.xml`]: meta(
      'AiEvaluationDefinition',
      '    <name>Eval</name>\n    <subjectType>AGENT</subjectType>'
    ),
    [`${a}/territory2Models/Sales/Sales.territory2Model-meta.xml`]: meta(
      'Territory2Model',
      '    <name>Sales</name>'
    ),
    [`${a}/territory2Models/Sales/territories/West.territory2-meta.xml`]: meta(
      'Territory2',
      '    <accountAccessLevel>Read</accountAccessLevel>\n    <name>West</name>'
    ),
    [`${a}/territory2Models/Sales/rules/Big.territory2Rule-meta.xml`]: meta(
      'Territory2Rule',
      '    <active>true</active>\n    <name>Big</name>'
    ),
    [`${a}/territory2Types/Region.territory2Type-meta.xml`]: meta(
      'Territory2Type',
      '    <name>Region</name>\n    <priority>1</priority>'
    ),
    [`${a}/uiBundles/shop/shop.uibundle-meta.xml`]: meta(
      'UIBundle',
      '    <masterLabel>Shop</masterLabel>'
    ),
    [`${a}/uiBundles/shop/ui-bundle.json`]: '{ "outputDir": "dist" }\n',
    [`${a}/uiBundles/shop/dist/index.html`]: '<html></html>\n',
    [`${b}/lwc/card/card.js`]: 'export default class CardExtended {}\n',
    [`${b}/lwc/card/card.js-meta.xml`]: meta(
      'LightningComponentBundle',
      '    <apiVersion>61.0</apiVersion>'
    ),
    [`${a}/classes/Svc.cls`]: 'public class Svc { }\n',
    [`${a}/classes/Svc.cls-meta.xml`]: meta('ApexClass', '    <apiVersion>61.0</apiVersion>'),
    [`${b}/classes/Svc.cls`]: 'public class Svc { Integer v = 2; }\n',
    [`${b}/classes/Svc.cls-meta.xml`]: meta('ApexClass', '    <apiVersion>61.0</apiVersion>'),
    [`${b}/workflows/Acc__c.workflow`]: meta(
      'Workflow',
      '    <rules><fullName>R</fullName><active>true</active></rules>'
    ),
    [`${b}/objects/Old__c.object`]: meta(
      'CustomObject',
      '    <label>Old</label>\n    <fields><fullName>A__c</fullName><type>Text</type></fields>'
    )
  }
}

/** Writes the generated projects below `root`; returns name -> folder. */
export function writeProjects(root: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const [name, files] of [
    ['strategies', strategies()],
    ['cli-rules', cliRules()],
    ['no-forceignore', noForceIgnore()],
    ...edgeProjects()
  ] as const) {
    const dir = path.join(root, name)
    write(dir, files)
    out.set(name, dir)
  }
  return out
}
