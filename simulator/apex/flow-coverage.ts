/**
 * Flow coverage of a test run, in the shape of the Metadata API's FlowCoverageResult
 * (elementsNotCovered, flowId, flowName, flowNamespace, numElements, numElementsNotCovered,
 * processType; as jsforce's metadata schema and the RunTestsResult WSDL declare it).
 *
 * Rules (simulator/README.md, Apex rules): a flow is run by the tests when a test class that ran
 * names the object of its record trigger (`<start><object>X</object>`) or `Flow.Interview.Name`.
 * Its elements are the `<name>` of each node (action calls, assignments, decisions, record
 * operations, loops, subflows, screens, waits); the ones listed in a
 * `<!-- sim:flow-not-covered A B -->` comment are not covered, every other one is. Flows no test
 * runs are not reported, as on a real org.
 */

/** A flow the deploy knows (package overlaid on org). */
export interface SimFlow {
  name: string
  id: string
  xml: string
}

/** One FlowCoverageResult. */
export interface FlowCoverageEntry {
  flowId: string
  flowName: string
  processType: string
  elements: string[]
  notCovered: string[]
}

const NODE_TAGS = [
  'actionCalls',
  'assignments',
  'collectionProcessors',
  'customErrors',
  'decisions',
  'loops',
  'recordCreates',
  'recordDeletes',
  'recordLookups',
  'recordRollbacks',
  'recordUpdates',
  'screens',
  'subflows',
  'transforms',
  'waits'
]

/** The node's own `<name>`, at its top level (parameters and rules have names of their own). */
function ownName(body: string): string | undefined {
  let depth = 0
  for (const tag of body.matchAll(/<(\/?)(\w+)[^>]*?(\/?)>([^<]*)/g)) {
    const [, closing, name, selfClosing, text] = tag
    if (selfClosing) continue
    if (closing) {
      depth--
      continue
    }
    if (depth === 0 && name === 'name') return text?.trim()
    depth++
  }
  return undefined
}

/** The node names of a flow, in file order. */
export function flowElements(xml: string): string[] {
  const names: string[] = []
  const pattern = new RegExp(`<(${NODE_TAGS.join('|')})>([^]*?)</\\1>`, 'g')
  for (const match of xml.matchAll(pattern)) {
    const name = ownName(match[2] ?? '')
    if (name) names.push(name)
  }
  return names
}

function runBy(flow: SimFlow, testSources: string[]): boolean {
  const object = /<start>[^]*?<object>([^<]+)<\/object>[^]*?<\/start>/.exec(flow.xml)?.[1]?.trim()
  const interview = new RegExp(`\\bFlow\\.Interview\\.${flow.name}\\b`, 'i')
  return testSources.some(
    (source) =>
      interview.test(source) ||
      (object !== undefined && new RegExp(`\\b${object}\\b`, 'i').test(source))
  )
}

/** Coverage of the flows the tests that ran exercise. */
export function flowCoverageOf(flows: SimFlow[], testSources: string[]): FlowCoverageEntry[] {
  const out: FlowCoverageEntry[] = []
  for (const flow of flows) {
    if (!runBy(flow, testSources)) continue
    const elements = flowElements(flow.xml)
    const marked =
      /<!--\s*sim:flow-not-covered\s+([^-]+?)\s*-->/.exec(flow.xml)?.[1]?.split(/\s+/) ?? []
    out.push({
      flowId: flow.id,
      flowName: flow.name,
      processType:
        /<processType>([^<]+)<\/processType>/.exec(flow.xml)?.[1]?.trim() ?? 'AutoLaunchedFlow',
      elements,
      notCovered: elements.filter((e) => marked.includes(e))
    })
  }
  return out.sort((a, b) => a.flowName.localeCompare(b.flowName))
}

/** The wire form (SOAP elements and REST keys are the same names). */
export function flowCoverageWire(entry: FlowCoverageEntry): Record<string, unknown> {
  return {
    elementsNotCovered: entry.notCovered,
    flowId: entry.flowId,
    flowName: entry.flowName,
    flowNamespace: null,
    numElements: entry.elements.length,
    numElementsNotCovered: entry.notCovered.length,
    processType: entry.processType
  }
}
