import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Size of the generated project; the defaults give a little over 10,000 source files. */
export interface ProjectShape {
  objects: number
  fieldsPerObject: number
  listViewsPerObject: number
  classes: number
  lwc: number
  staticResources: number
  labelFiles: number
  labelsPerFile: number
}

export const DEFAULT_SHAPE: ProjectShape = {
  objects: 60,
  fieldsPerObject: 90,
  listViewsPerObject: 10,
  classes: 1_600,
  lwc: 120,
  staticResources: 40,
  labelFiles: 4,
  labelsPerFile: 250
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
const NS = 'xmlns="http://soap.sforce.com/2006/04/metadata"'

/** Writes a synthetic SFDX project into `dir` (replacing it); returns the number of files written. */
export function generateProject(dir: string, shape: ProjectShape = DEFAULT_SHAPE): number {
  rmSync(dir, { recursive: true, force: true })
  let count = 0
  const put = (rel: string, text: string): void => {
    const file = path.join(dir, rel)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
    count++
  }
  put(
    'sfdx-project.json',
    JSON.stringify(
      { packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '62.0' },
      null,
      2
    )
  )
  put('.forceignore', '**/jsconfig.json\n**/__tests__/**\n')
  const base = 'force-app/main/default'
  for (let o = 0; o < shape.objects; o++) {
    const obj = `Bench${o}__c`
    put(
      `${base}/objects/${obj}/${obj}.object-meta.xml`,
      `${HEAD}<CustomObject ${NS}>\n    <deploymentStatus>Deployed</deploymentStatus>\n    <label>Bench ${o}</label>\n    <nameField>\n        <label>Name</label>\n        <type>Text</type>\n    </nameField>\n    <pluralLabel>Benches ${o}</pluralLabel>\n    <sharingModel>ReadWrite</sharingModel>\n</CustomObject>\n`
    )
    for (let f = 0; f < shape.fieldsPerObject; f++) {
      const name = `${f % 3 === 0 ? 'alpha' : 'Field'}${f}__c`
      put(
        `${base}/objects/${obj}/fields/${name}.field-meta.xml`,
        `${HEAD}<CustomField ${NS}>\n    <fullName>${name}</fullName>\n    <description>Field ${f} of ${obj} &amp; friends</description>\n    <label>Field ${f}</label>\n    <length>${(f % 200) + 10}</length>\n    <required>false</required>\n    <type>Text</type>\n</CustomField>\n`
      )
    }
    for (let l = 0; l < shape.listViewsPerObject; l++) {
      put(
        `${base}/objects/${obj}/listViews/View${l}.listView-meta.xml`,
        `${HEAD}<ListView ${NS}>\n    <fullName>View${l}</fullName>\n    <columns>NAME</columns>\n    <filterScope>Everything</filterScope>\n    <label>View ${l}</label>\n</ListView>\n`
      )
    }
  }
  for (let c = 0; c < shape.classes; c++) {
    const body = Array.from(
      { length: 40 },
      (_, i) =>
        `    public static Integer method${i}(Integer x) {\n        return x + ${i}; // keep the class realistic in size\n    }`
    ).join('\n')
    put(
      `${base}/classes/BenchClass${c}.cls`,
      `public with sharing class BenchClass${c} {\n${body}\n}\n`
    )
    put(
      `${base}/classes/BenchClass${c}.cls-meta.xml`,
      `${HEAD}<ApexClass ${NS}>\n    <apiVersion>62.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`
    )
  }
  for (let b = 0; b < shape.lwc; b++) {
    const n = `benchCmp${b}`
    put(
      `${base}/lwc/${n}/${n}.js`,
      `import { LightningElement, api } from 'lwc'\nexport default class BenchCmp${b} extends LightningElement {\n  @api recordId\n  get label() { return 'Bench ${b}' }\n}\n`
    )
    put(
      `${base}/lwc/${n}/${n}.html`,
      `<template>\n  <lightning-card title={label}>\n    <p>${'Lorem ipsum dolor sit amet. '.repeat(20)}</p>\n  </lightning-card>\n</template>\n`
    )
    put(`${base}/lwc/${n}/${n}.css`, `.c${b} { color: red; }\n`)
    put(
      `${base}/lwc/${n}/${n}.js-meta.xml`,
      `${HEAD}<LightningComponentBundle ${NS}>\n    <apiVersion>62.0</apiVersion>\n    <isExposed>true</isExposed>\n</LightningComponentBundle>\n`
    )
    put(`${base}/lwc/${n}/__tests__/${n}.test.js`, `test('x', () => {})\n`)
  }
  for (let s = 0; s < shape.staticResources; s++) {
    const folder = s % 2 === 0
    put(
      `${base}/staticresources/res${s}.resource-meta.xml`,
      `${HEAD}<StaticResource ${NS}>\n    <cacheControl>Public</cacheControl>\n    <contentType>${folder ? 'application/zip' : 'text/javascript'}</contentType>\n</StaticResource>\n`
    )
    if (!folder)
      put(
        `${base}/staticresources/res${s}.js`,
        `window.res${s} = ${JSON.stringify('x'.repeat(2000))}\n`
      )
    else
      for (let f = 0; f < 5; f++)
        put(
          `${base}/staticresources/res${s}/${f % 2 === 0 ? 'js' : 'css'}/file${f}.txt`,
          `resource ${s} file ${f}\n`.repeat(50)
        )
  }
  for (let lf = 0; lf < shape.labelFiles; lf++) {
    const labels = Array.from(
      { length: shape.labelsPerFile },
      (_, i) =>
        `    <labels>\n        <fullName>Label_${lf}_${i}</fullName>\n        <language>en_US</language>\n        <protected>false</protected>\n        <shortDescription>Label ${i}</shortDescription>\n        <value>Value ${i}</value>\n    </labels>`
    ).join('\n')
    put(
      `${base}/labels/Labels${lf}.labels-meta.xml`,
      `${HEAD}<CustomLabels ${NS}>\n${labels}\n</CustomLabels>\n`
    )
  }
  return count
}
