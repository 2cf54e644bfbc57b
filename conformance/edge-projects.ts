// Generated SFDX projects with cases real repositories have that the other generated projects
// lack: .forceignore lines as the reference's matcher (node-ignore) reads them, static resources
// of every content type, bundles with nested folders and tests, decomposed types in CRLF/BOM
// files, nested folder types, encoded and unicode names, and XML quirks in recomposed files.
const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"'
const meta = (root: string, body: string): string => `${HEAD}<${root} ${NS}>\n${body}\n</${root}>\n`
const crlf = (s: string): string => s.replace(/\n/g, '\r\n')
const bom = (s: string): string => `\uFEFF${s}`
const sr = (contentType: string): string =>
  meta(
    'StaticResource',
    `    <cacheControl>Public</cacheControl>\n    <contentType>${contentType}</contentType>`
  )
const CLS = '    <apiVersion>61.0</apiVersion>\n    <status>Active</status>'
const API = '    <apiVersion>61.0</apiVersion>'
const D = 'fa/main/default'

type Files = Record<string, string>

const project = (dirs: string[]): string =>
  JSON.stringify({
    packageDirectories: dirs.map((p, i) => ({ path: p, ...(i === 0 ? { default: true } : {}) })),
    sourceApiVersion: '61.0'
  })

const apexClass = (path: string, name: string): Files => ({
  [`${path}/${name}.cls`]: `public class ${name} {}\n`,
  [`${path}/${name}.cls-meta.xml`]: meta('ApexClass', CLS)
})

/**
 * .forceignore lines node-ignore reads unlike git: `dir/*` with a negation, a trailing `/**\/`,
 * `**` inside a segment, a trailing space after a slash, `[!a]`, CRLF, comments and blank
 * lines; a package directory with its own .forceignore (with a BOM), where the root one does not
 * apply.
 */
function forceIgnoreRules(): Files {
  const profile = (custom: boolean): string => meta('Profile', `    <custom>${custom}</custom>`)
  return {
    'sfdx-project.json': project(['fa', 'pkg2']),
    '.forceignore': crlf(
      [
        '# comment',
        '',
        '   ',
        `${D}/profiles/*`,
        `!${D}/profiles/Admin.profile-meta.xml`,
        'fa/**Test.cls',
        'fa/**Test.cls-meta.xml',
        '__tests__/ ',
        `${D}/classes/[!a]*.cls*`,
        `${D}/layouts/**/`,
        '**/aura/*/',
        `${D}/pages/a**b.page*`,
        '**/Keep2.cls*',
        ''
      ].join('\n')
    ),
    [`${D}/profiles/Admin.profile-meta.xml`]: profile(false),
    [`${D}/profiles/Other.profile-meta.xml`]: profile(true),
    ...apexClass(`${D}/classes`, 'aTest'),
    ...apexClass(`${D}/classes`, '!x'),
    ...apexClass(`${D}/classes/sub`, 'bTest'),
    [`${D}/lwc/card/card.js`]: 'export default 1\n',
    [`${D}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle', API),
    [`${D}/lwc/card/__tests__/card.test.js`]: 'test()\n',
    [`${D}/layouts/A-A.layout-meta.xml`]: meta(
      'Layout',
      '    <layoutSections><label>A</label></layoutSections>'
    ),
    [`${D}/aura/box/box.cmp`]: '<aura:component/>\n',
    [`${D}/aura/box/box.cmp-meta.xml`]: meta('AuraDefinitionBundle', API),
    [`${D}/pages/aXb.page`]: '<apex:page/>\n',
    [`${D}/pages/aXb.page-meta.xml`]: meta('ApexPage', `${API}\n    <label>aXb</label>`),
    'pkg2/.forceignore': bom('**/classes/Skip*\n'),
    ...apexClass('pkg2/classes', 'Skip'),
    ...apexClass('pkg2/classes', 'Keep'),
    ...apexClass('pkg2/classes', 'Keep2'),
    'pkg2/profiles/P2.profile-meta.xml': profile(true)
  }
}

/** A static resource of each content type; folders zipped with nested folders, dot files, spaces. */
function staticResourceFiles(): Files {
  const d = `${D}/staticresources`
  return {
    [`${d}/appjs.js`]: 'console.log(1)\n',
    [`${d}/appjs.resource-meta.xml`]: sr('application/javascript'),
    [`${d}/css.css`]: 'a{}\n',
    [`${d}/css.resource-meta.xml`]: sr('text/css'),
    [`${d}/data.json`]: '{}\n',
    [`${d}/data.resource-meta.xml`]: sr('application/json'),
    [`${d}/pic.svg`]: '<svg/>\n',
    [`${d}/pic.resource-meta.xml`]: sr('image/svg+xml'),
    [`${d}/blob.bin`]: '\u0000\u0001',
    [`${d}/blob.resource-meta.xml`]: sr('application/octet-stream'),
    [`${d}/noext`]: 'x',
    [`${d}/noext.resource-meta.xml`]: sr('text/plain'),
    [`${d}/d3.v7.min.js`]: 'd3\n',
    [`${d}/d3.resource-meta.xml`]: sr('application/javascript'),
    [`${d}/lib.resource-meta.xml`]: sr('application/zip'),
    [`${d}/lib/js/a.js`]: 'a\n',
    [`${d}/lib/.DS_Store`]: 'junk',
    [`${d}/lib/sub/.hidden/x.txt`]: 'x',
    [`${d}/lib/my file.js`]: 'sp\n',
    [`${d}/lib/ünï.txt`]: 'u\n',
    [`${d}/lib/jsconfig.json`]: '{}',
    [`${d}/lib/inner-meta.xml`]: '<x/>',
    [`${d}/lib/x.cls`]: 'class x{}',
    [`${d}/xz/a.txt`]: 'a',
    [`${d}/xz.resource-meta.xml`]: sr('application/x-zip-compressed'),
    [`${d}/jarres/META-INF/MANIFEST.MF`]: 'Manifest-Version: 1.0\n',
    [`${d}/jarres.resource-meta.xml`]: sr('application/jar')
  }
}

/** Decomposed and merged types in CRLF and BOM files, with multi-line text, CDATA and comments. */
function decomposedQuirks(): Files {
  return {
    'sfdx-project.json': project(['fa']),
    '.forceignore': '**/jsconfig.json\n',
    [`${D}/objectTranslations/Acc__c-es/Acc__c-es.objectTranslation-meta.xml`]: bom(
      crlf(
        meta(
          'CustomObjectTranslation',
          '    <caseValues>\n        <plural>false</plural>\n        <value>Cuenta</value>\n    </caseValues>\n    <!-- a comment -->'
        )
      )
    ),
    [`${D}/objectTranslations/Acc__c-es/fields/Z__c.fieldTranslation-meta.xml`]: crlf(
      meta(
        'CustomFieldTranslation',
        '    <label>Zeta</label>\n    <name>Z__c</name>\n    <picklistValues><masterLabel>A &amp; B</masterLabel><translation><![CDATA[A y B]]></translation></picklistValues>'
      )
    ),
    [`${D}/objectTranslations/Acc__c-es/A__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <help>  spaced  </help>\n    <label>Alfa ñ</label>\n    <name>A__c</name>'
    ),
    [`${D}/bots/Helper/Helper.bot-meta.xml`]: meta(
      'Bot',
      '    <botMlDomain><label>Helper</label><name>Helper</name></botMlDomain>\n    <label>Helper</label>\n    <description>  </description>'
    ),
    [`${D}/bots/Helper/v10.botVersion-meta.xml`]: meta(
      'BotVersion',
      '    <fullName>v10</fullName>\n    <botDialogs><developerName>Welcome</developerName><label>Welcome</label><botSteps><type>Navigation</type></botSteps></botDialogs>'
    ),
    [`${D}/bots/Helper/v2.botVersion-meta.xml`]: meta(
      'BotVersion',
      '    <fullName>v2</fullName>\n    <entryDialog>Hi</entryDialog>'
    ),
    [`${D}/labels/One.labels-meta.xml`]: bom(
      crlf(
        meta(
          'CustomLabels',
          '    <labels>\n        <fullName>zeta</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>z</shortDescription>\n        <value>Line1\nLine2</value>\n    </labels>'
        )
      )
    ),
    [`${D}/labels/sub/Two.labels-meta.xml`]: meta(
      'CustomLabels',
      '    <labels><fullName>Alpha</fullName><categories>c</categories><language>en_US</language><protected>true</protected><shortDescription>a</shortDescription><value><![CDATA[<b>x</b>]]></value></labels>\n    <labels><fullName>alpha2</fullName><language>en_US</language><protected>true</protected><shortDescription>a</shortDescription><value>é &#8217; &quot;q&quot;</value></labels>'
    ),
    [`${D}/globalValueSetTranslations/Colors-fr.globalValueSetTranslation-meta.xml`]: meta(
      'GlobalValueSetTranslation',
      '    <valueTranslation><masterLabel>Red</masterLabel><translation>Rouge</translation></valueTranslation>'
    ),
    [`${D}/standardValueSetTranslations/LeadSource-fr.standardValueSetTranslation-meta.xml`]: meta(
      'StandardValueSetTranslation',
      '    <valueTranslation><masterLabel>Web</masterLabel><translation>Toile</translation></valueTranslation>'
    ),
    [`${D}/translations/fr.translation-meta.xml`]: crlf(
      meta('Translations', '    <customLabels><label>Zêta</label><name>zeta</name></customLabels>')
    ),
    [`${D}/workflows/Acc__c.workflow-meta.xml`]: crlf(
      meta(
        'Workflow',
        '    <rules>\n        <fullName>R 1</fullName>\n        <active>false</active>\n    </rules>\n    <alerts><fullName>A1</fullName><description>x</description></alerts>'
      )
    ),
    [`${D}/sharingRules/Account.sharingRules-meta.xml`]: meta(
      'SharingRules',
      '    <sharingCriteriaRules><fullName>C1</fullName><label>C1</label></sharingCriteriaRules>'
    ),
    [`${D}/objects/Acc__c/Acc__c.object-meta.xml`]: bom(
      crlf(
        meta(
          'CustomObject',
          '    <label>Acc</label>\n\n    <pluralLabel>Accs</pluralLabel>\n    <!-- trailing comment -->'
        )
      )
    ),
    [`${D}/objects/Acc__c/fields/Z__c.field-meta.xml`]: bom(
      crlf(
        meta(
          'CustomField',
          '    <fullName>Z__c</fullName>\n    <label>Z</label>\n    <formula>IF(A &gt; 1,\n  &quot;x&quot;,\n  &apos;y&apos;)</formula>\n    <type>Text</type>'
        )
      )
    ),
    [`${D}/objects/Acc__c/fields/Y__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>Y__c</fullName>\r    <description>one\rtwo&#13;three</description>\r\n    <inlineHelpText><![CDATA[a\r\nb]]></inlineHelpText>\n    <!-- c\r\nd -->\n    <label>Y</label>\n    <type>Text</type>'
    ),
    [`${D}/objects/Acc__c/listViews/LV.listView-meta.xml`]: crlf(
      meta(
        'ListView',
        '    <fullName>LV</fullName>\n    <filterScope>Everything</filterScope>\n    <!-- x\ny -->\n    <label>LV</label>'
      )
    ),
    [`${D}/objects/Acc__c/recordTypes/RT.recordType-meta.xml`]: meta(
      'RecordType',
      '    <fullName>RT</fullName>\n    <active>true</active>\n    <label>RT</label>'
    ),
    [`${D}/objects/Acc__c/compactLayouts/CL.compactLayout-meta.xml`]: meta(
      'CompactLayout',
      '    <fullName>CL</fullName>\n    <label>CL</label>'
    ),
    [`${D}/objects/Acc__c/fieldSets/FS.fieldSet-meta.xml`]: meta(
      'FieldSet',
      '    <fullName>FS</fullName>\n    <label>FS</label>\n    <description>d</description>'
    ),
    [`${D}/objects/Acc__c/webLinks/WL.webLink-meta.xml`]: meta(
      'WebLink',
      '    <fullName>WL</fullName>\n    <url>https://x.com?a=1&amp;b=2</url>'
    ),
    [`${D}/objects/Acc__c/businessProcesses/BP.businessProcess-meta.xml`]: meta(
      'BusinessProcess',
      '    <fullName>BP</fullName>\n    <isActive>true</isActive>'
    ),
    [`${D}/classes/C.cls`]: bom(crlf('public class C {\n}\n')),
    [`${D}/classes/C.cls-meta.xml`]: bom(crlf(meta('ApexClass', CLS))),
    [`${D}/layouts/Acc__c-Acc Layout.layout-meta.xml`]: bom(
      meta('Layout', '    <layoutSections><label>É</label></layoutSections>')
    )
  }
}

/** LWC and Aura bundles with nested folders, tests and config files; site and template bundles. */
function bundles(): Files {
  const json = '{}\n'
  const dx = `${D}/digitalExperiences/site/Space1`
  return {
    'sfdx-project.json': project(['fa']),
    '.forceignore': '**/jsconfig.json\n**/.eslintrc.json\n',
    [`${D}/lwc/card/card.js`]: 'export default 1\n',
    [`${D}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle', API),
    [`${D}/lwc/card/card.css`]: 'a{}\n',
    [`${D}/lwc/card/card.html`]: '<template></template>',
    [`${D}/lwc/card/card.svg`]: '<svg/>',
    [`${D}/lwc/card/utils/deep/helper.js`]: 'x\n',
    [`${D}/lwc/card/__tests__/card.test.js`]: 't\n',
    [`${D}/lwc/card/__tests__/data/d.json`]: json,
    [`${D}/lwc/card/jsconfig.json`]: json,
    [`${D}/lwc/card/.eslintrc.json`]: json,
    [`${D}/lwc/.eslintrc.json`]: json,
    [`${D}/lwc/jsconfig.json`]: json,
    [`${D}/lwc/util/util.js`]: 'export const a = 1\n',
    [`${D}/lwc/util/util.js-meta.xml`]: meta(
      'LightningComponentBundle',
      `${API}\n    <isExposed>false</isExposed>`
    ),
    [`${D}/aura/box/box.cmp`]: '<aura:component/>',
    [`${D}/aura/box/box.cmp-meta.xml`]: meta('AuraDefinitionBundle', API),
    [`${D}/aura/box/boxController.js`]: '({})',
    [`${D}/aura/box/boxHelper.js`]: '({})',
    [`${D}/aura/box/box.css`]: '.THIS{}',
    [`${D}/aura/box/box.design`]: '<design:component/>',
    [`${D}/aura/box/box.auradoc`]: '<aura:documentation/>',
    [`${D}/aura/box/box.svg`]: '<svg/>',
    [`${D}/aura/ev/ev.evt`]: '<aura:event type="APPLICATION"/>',
    [`${D}/aura/ev/ev.evt-meta.xml`]: meta('AuraDefinitionBundle', API),
    [`${D}/aura/.eslintrc.json`]: json,
    [`${D}/experiences/Site1.site-meta.xml`]: meta(
      'ExperienceBundle',
      '    <label>Site1</label>\n    <urlPathPrefix>s1</urlPathPrefix>'
    ),
    [`${D}/experiences/Site1/config/site1.json`]: json,
    [`${D}/experiences/Site1/config/mainAppPage.json`]: json,
    [`${D}/experiences/Site1/views/home.json`]: json,
    [`${D}/experiences/Site1/routes/home.json`]: json,
    [`${D}/experiences/Site1/themes/t.json`]: json,
    [`${D}/experiences/Site1/brandingSets/b.json`]: json,
    [`${D}/experiences/Site1/variations/v.json`]: json,
    [`${D}/waveTemplates/wt/template-info.json`]: json,
    [`${D}/waveTemplates/wt/dashboards/d.json`]: json,
    [`${D}/waveTemplates/wt/folder.json`]: json,
    [`${dx}/Space1.digitalExperience-meta.xml`]: meta(
      'DigitalExperienceBundle',
      '    <label>Space1</label>'
    ),
    [`${dx}/sfdc_cms__view/home/_meta.json`]: '{"apiName":"home","type":"sfdc_cms__view"}\n',
    [`${dx}/sfdc_cms__view/home/content.json`]: json,
    [`${dx}/sfdc_cms__view/home/fr.json`]: json,
    [`${dx}/sfdc_cms__route/Home/_meta.json`]: '{"apiName":"Home","type":"sfdc_cms__route"}\n',
    [`${dx}/sfdc_cms__route/Home/content.json`]: json,
    [`${dx}/sfdc_cms__image/logo/_meta.json`]: '{"apiName":"logo","type":"sfdc_cms__image"}\n',
    [`${dx}/sfdc_cms__image/logo/content.json`]: json,
    [`${dx}/sfdc_cms__image/logo/files/logo.png`]: 'PNG',
    [`${D}/lightningTypes/myType/schema.json`]: json,
    [`${D}/lightningTypes/myType/lightningDesktopGenAi/editor.json`]: json,
    ...staticResourceFiles()
  }
}

/** Nested report, dashboard and email folders; names with spaces, %-encoding and unicode. */
function foldersAndNames(): Files {
  const folder = (type: string, name: string): string => meta(type, `    <name>${name}</name>`)
  const report = (name: string): string =>
    meta('Report', `    <format>Tabular</format>\n    <name>${name}</name>`)
  const email = (name: string): string =>
    meta(
      'EmailTemplate',
      `    <available>true</available>\n    <name>${name}</name>\n    <style>none</style>\n    <type>text</type>`
    )
  const doc = (name: string): string =>
    meta(
      'Document',
      `    <internalUseOnly>false</internalUseOnly>\n    <name>${name}</name>\n    <public>true</public>`
    )
  const layout = (label: string): string =>
    meta('Layout', `    <layoutSections><label>${label}</label></layoutSections>`)
  return {
    'sfdx-project.json': project(['fa']),
    '.forceignore': '**/jsconfig.json\n',
    [`${D}/reports/Top.reportFolder-meta.xml`]: folder('ReportFolder', 'Top'),
    [`${D}/reports/Top/Mid.reportFolder-meta.xml`]: folder('ReportFolder', 'Mid'),
    [`${D}/reports/Top/Mid/Low.reportFolder-meta.xml`]: folder('ReportFolder', 'Low'),
    [`${D}/reports/Top/Mid/Low/R3.report-meta.xml`]: report('R3'),
    [`${D}/reports/Top/Mid/Low/Rx.report-meta.xml`]: report('Rx'),
    [`${D}/reports/Top/Mid/R2.report-meta.xml`]: report('R2'),
    [`${D}/reports/Top/R1 é.report-meta.xml`]: report('R1'),
    [`${D}/dashboards/DF.dashboardFolder-meta.xml`]: folder('DashboardFolder', 'DF'),
    [`${D}/dashboards/DF/Sub.dashboardFolder-meta.xml`]: folder('DashboardFolder', 'Sub'),
    [`${D}/dashboards/DF/Sub/B.dashboard-meta.xml`]: meta('Dashboard', '    <title>B</title>'),
    [`${D}/documents/Docs.documentFolder-meta.xml`]: folder('DocumentFolder', 'Docs'),
    [`${D}/documents/Docs/my doc.txt`]: 'hi',
    [`${D}/documents/Docs/my doc.document-meta.xml`]: doc('my doc'),
    [`${D}/email/Mail.emailFolder-meta.xml`]: folder('EmailFolder', 'Mail'),
    [`${D}/email/Mail/Sub.emailFolder-meta.xml`]: folder('EmailFolder', 'Sub'),
    [`${D}/email/Mail/Sub/Hi.email`]: 'Hi',
    [`${D}/email/Mail/Sub/Hi.email-meta.xml`]: email('Hi'),
    [`${D}/email/unfiled$public/Loose.email`]: 'L',
    [`${D}/email/unfiled$public/Loose.email-meta.xml`]: email('Loose'),
    [`${D}/emailTemplateFolder/x.txt`]: 'not metadata',
    [`${D}/layouts/Acc__c-Acc%2E1 Layout.layout-meta.xml`]: layout('A'),
    [`${D}/layouts/Acc__c-Ünïcødé Layout.layout-meta.xml`]: layout('U'),
    [`${D}/layouts/Acc__c-%28Paren%29 %26 more.layout-meta.xml`]: layout('P'),
    [`${D}/quickActions/Acc__c.New%2EThing.quickAction-meta.xml`]: meta(
      'QuickAction',
      '    <label>N</label>\n    <type>Create</type>'
    ),
    [`${D}/customMetadata/My_Type.Rec one.md-meta.xml`]: meta(
      'CustomMetadata',
      '    <label>R</label>'
    ),
    [`${D}/flexipages/Päge.flexipage-meta.xml`]: meta(
      'FlexiPage',
      '    <masterLabel>P</masterLabel>\n    <type>AppPage</type>'
    ),
    [`${D}/translations/zh_CN.translation-meta.xml`]: meta(
      'Translations',
      '    <customLabels><label>中文</label><name>x</name></customLabels>'
    )
  }
}

/** XML quirks in a recomposed object: declarations, entities, CDATA, empty and nil elements. */
function xmlQuirks(): Files {
  const o = `${D}/objects/O__c`
  const field = (name: string, body: string, head = HEAD): Files => ({
    [`${o}/fields/${name}.field-meta.xml`]: `${head}<CustomField ${NS}>\n    <fullName>${name}</fullName>\n${body}\n</CustomField>\n`
  })
  return {
    'sfdx-project.json': project(['fa']),
    '.forceignore': '**/jsconfig.json\n',
    [`${o}/O__c.object-meta.xml`]: `<?xml version='1.0' encoding='UTF-8' standalone="yes"?>\n<!-- lead comment -->\n<CustomObject ${NS} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n    <label>O &#x27;hex&#x27; &#39;dec&#39;</label>\n    <description xsi:nil="true"/>\n    <pluralLabel>   </pluralLabel>\n    <nameField>\n        <label>N</label>\n        <type>Text</type>\n    </nameField>\n    <sharingModel>ReadWrite</sharingModel>\n    <enableHistory>true</enableHistory><enableActivities>false</enableActivities>\n</CustomObject>\n<!-- trailing -->\n`,
    ...field(
      'A__c',
      '    <label>A</label>\n    <type>Text</type>\n    <length>10</length>',
      '<?xml version="1.0"?>\n'
    ),
    ...field(
      'B__c',
      '    <label>B &gt; &lt; &amp; "q" \'a\'</label>\n    <type>Text</type>\n    <description><![CDATA[ x ]]> and <![CDATA[y]]></description>'
    ),
    ...field(
      'C__c',
      '    <label>C</label>\n    <!-- mid -->\n    <type>Text</type>\n    <inlineHelpText>\n        multi\n        line\n    </inlineHelpText>'
    ),
    ...field(
      'D__c',
      '    <label>D</label>\n    <type>Picklist</type>\n    <valueSet>\n        <restricted>true</restricted>\n        <valueSetDefinition>\n            <sorted>false</sorted>\n            <value>\n                <fullName>x</fullName>\n                <default>false</default>\n                <label>x</label>\n            </value>\n        </valueSetDefinition>\n    </valueSet>'
    ),
    ...field(
      'E__c',
      '    <label>E\t tab</label>\n    <type>Text</type>\n    <defaultValue>&quot;a&quot;</defaultValue>',
      ''
    ),
    ...field('F__c', '    <label/>\n    <type>Text</type>\n    <description></description>'),
    ...field(
      'G__c',
      '    <label>G</label>\n    <type>Text</type>\n    <description>a]]&gt;b</description>\n    <inlineHelpText>&#160;nbsp&#xA0;</inlineHelpText>'
    ),
    ...field('H__c', '    <label>Hé 😀 \u2028 line sep</label>\n    <type>Text</type>'),
    [`${o}/listViews/L1.listView-meta.xml`]: meta(
      'ListView',
      '    <fullName>L1</fullName>\n    <columns>NAME</columns>\n    <columns>OWNER</columns>\n    <filterScope>Everything</filterScope>\n    <columns>LAST</columns>\n    <label>L1</label>'
    ),
    [`${o}/validationRules/V.validationRule-meta.xml`]: `${HEAD}<ValidationRule ${NS}><fullName>V</fullName><active>true</active><errorConditionFormula>a &lt;&gt; b</errorConditionFormula><errorMessage>m</errorMessage></ValidationRule>`
  }
}

/** Parts of components ignored: a field, resource files, bundle tests, a labels file, a bot version. */
function ignoredParts(): Files {
  const d = D
  return {
    'sfdx-project.json': project(['fa']),
    '.forceignore':
      '**/fields/Secret__c.field-meta.xml\n**/lib/docs/\n**/lib/*.md\n**/lwc/**/__tests__/**\n**/Private.labels-meta.xml\n**/objectTranslations/**/Hidden__c.*\n**/bots/**/v9.*\n',
    [`${d}/objects/O__c/O__c.object-meta.xml`]: meta('CustomObject', '    <label>O</label>'),
    [`${d}/objects/O__c/fields/Secret__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>Secret__c</fullName>\n    <type>Text</type>'
    ),
    [`${d}/objects/O__c/fields/Open__c.field-meta.xml`]: meta(
      'CustomField',
      '    <fullName>Open__c</fullName>\n    <type>Text</type>'
    ),
    [`${d}/staticresources/lib.resource-meta.xml`]: sr('application/zip'),
    [`${d}/staticresources/lib/a.js`]: 'a',
    [`${d}/staticresources/lib/README.md`]: 'r',
    [`${d}/staticresources/lib/docs/x.html`]: 'x',
    [`${d}/staticresources/lib/sub/README.md`]: 'r2',
    [`${d}/lwc/card/card.js`]: 'x',
    [`${d}/lwc/card/card.js-meta.xml`]: meta('LightningComponentBundle', API),
    [`${d}/lwc/card/__tests__/card.test.js`]: 't',
    [`${d}/labels/Public.labels-meta.xml`]: meta(
      'CustomLabels',
      '    <labels><fullName>P</fullName><language>en_US</language><protected>false</protected><shortDescription>p</shortDescription><value>p</value></labels>'
    ),
    [`${d}/labels/Private.labels-meta.xml`]: meta(
      'CustomLabels',
      '    <labels><fullName>Q</fullName><language>en_US</language><protected>false</protected><shortDescription>q</shortDescription><value>q</value></labels>'
    ),
    [`${d}/objectTranslations/O__c-fr/O__c-fr.objectTranslation-meta.xml`]: meta(
      'CustomObjectTranslation',
      '    <caseValues><plural>false</plural><value>O</value></caseValues>'
    ),
    [`${d}/objectTranslations/O__c-fr/Hidden__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>H</label>\n    <name>Hidden__c</name>'
    ),
    [`${d}/objectTranslations/O__c-fr/Open__c.fieldTranslation-meta.xml`]: meta(
      'CustomFieldTranslation',
      '    <label>Op</label>\n    <name>Open__c</name>'
    ),
    [`${d}/bots/B/B.bot-meta.xml`]: meta('Bot', '    <label>B</label>'),
    [`${d}/bots/B/v1.botVersion-meta.xml`]: meta('BotVersion', '    <fullName>v1</fullName>'),
    [`${d}/bots/B/v9.botVersion-meta.xml`]: meta('BotVersion', '    <fullName>v9</fullName>')
  }
}

/** No .forceignore: static resource folders keep their dot files, as the reference zips them. */
function staticResourcesNoIgnore(): Files {
  return { 'sfdx-project.json': project(['fa']), ...staticResourceFiles() }
}

/** The edge projects, by case name. */
export function edgeProjects(): [string, Files][] {
  return [
    ['forceignore-rules', forceIgnoreRules()],
    ['decomposed-quirks', decomposedQuirks()],
    ['bundles', bundles()],
    ['static-resources-no-ignore', staticResourcesNoIgnore()],
    ['folders-and-names', foldersAndNames()],
    ['xml-quirks', xmlQuirks()],
    ['ignored-parts', ignoredParts()]
  ]
}
