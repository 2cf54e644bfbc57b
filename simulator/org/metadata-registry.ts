/**
 * The metadata types the simulated org knows: folder, suffix, how files map to components, child
 * types held inside a parent file, and the id key prefix. A type missing here is "unknown" to the
 * org (package.xml naming it fails with `Unknown type name`).
 */

/** How a type's files are laid out in a metadata-format zip. */
export type Layout =
  | 'content-meta' // classes/Foo.cls + classes/Foo.cls-meta.xml
  | 'single' // objects/Foo__c.object
  | 'bundle' // lwc/helloWorld/** (the folder is the component)
  | 'folder-items' // reports/Folder/Item.report (+ reports/Folder-meta.xml for folders)
  | 'documents' // documents/Folder/logo.gif + logo.gif-meta.xml

/** One metadata type. */
export interface MetadataType {
  name: string
  directory: string
  /** File suffix without the dot (absent for bundles and documents). */
  suffix?: string
  layout: Layout
  /** Id key prefix for minted record ids; absent = the org returns no id. */
  keyPrefix?: string
  /** Child element tag → child type, for types whose file holds children. */
  children?: Record<string, string>
  /** Child fullNames are not prefixed with the parent name (CustomLabel). */
  unprefixedChildren?: boolean
  /** componentType reported in messages when it differs (Settings → `ApexSettings`). */
  messageTypeOf?: (fullName: string) => string
  /** listMetadata type for folders of a folder-based type. */
  folderType?: string
}

const OBJECT_CHILDREN: Record<string, string> = {
  fields: 'CustomField',
  validationRules: 'ValidationRule',
  recordTypes: 'RecordType',
  listViews: 'ListView',
  webLinks: 'WebLink',
  fieldSets: 'FieldSet',
  compactLayouts: 'CompactLayout',
  businessProcesses: 'BusinessProcess',
  sharingReasons: 'SharingReason',
  indexes: 'Index'
}

const T = (
  name: string,
  directory: string,
  suffix: string | undefined,
  layout: Layout,
  keyPrefix?: string,
  extra: Partial<MetadataType> = {}
): MetadataType => ({
  name,
  directory,
  layout,
  ...(suffix ? { suffix } : {}),
  ...(keyPrefix ? { keyPrefix } : {}),
  ...extra
})

/** Every top-level (file-owning) type the org knows. */
export const TOP_LEVEL_TYPES: readonly MetadataType[] = [
  T('ApexClass', 'classes', 'cls', 'content-meta', '01p'),
  T('ApexTrigger', 'triggers', 'trigger', 'content-meta', '01q'),
  T('ApexPage', 'pages', 'page', 'content-meta', '066'),
  T('ApexComponent', 'components', 'component', 'content-meta', '099'),
  T('StaticResource', 'staticresources', 'resource', 'content-meta', '081'),
  T('LightningComponentBundle', 'lwc', undefined, 'bundle', '0Rb'),
  T('AuraDefinitionBundle', 'aura', undefined, 'bundle', '0Ab'),
  T('CustomObject', 'objects', 'object', 'single', '01I', { children: OBJECT_CHILDREN }),
  T('CustomObjectTranslation', 'objectTranslations', 'objectTranslation', 'single'),
  T('Layout', 'layouts', 'layout', 'single', '00h'),
  T('CustomTab', 'tabs', 'tab', 'single', '01r'),
  T('FlexiPage', 'flexipages', 'flexipage', 'single', '0M0'),
  T('Flow', 'flows', 'flow', 'single', '301'),
  T('PermissionSet', 'permissionsets', 'permissionset', 'single', '0PS'),
  T('PermissionSetGroup', 'permissionsetgroups', 'permissionsetgroup', 'single', '0PG'),
  T('Profile', 'profiles', 'profile', 'single', '00e'),
  T('Translations', 'translations', 'translation', 'single'),
  T('CustomMetadata', 'customMetadata', 'md', 'single', 'm00'),
  T('CustomApplication', 'applications', 'app', 'single', '02u'),
  T('CustomPermission', 'customPermissions', 'customPermission', 'single', '0CP'),
  T('GlobalValueSet', 'globalValueSets', 'globalValueSet', 'single', '0Nt'),
  T('StandardValueSet', 'standardValueSets', 'standardValueSet', 'single'),
  T('QuickAction', 'quickActions', 'quickAction', 'single', '09D'),
  T('RemoteSiteSetting', 'remoteSiteSettings', 'remoteSite', 'single', '0rp'),
  T('NamedCredential', 'namedCredentials', 'namedCredential', 'single', '0XA'),
  T('Queue', 'queues', 'queue', 'single', '00G'),
  T('Group', 'groups', 'group', 'single', '00G'),
  T('Role', 'roles', 'role', 'single', '00E'),
  T('Community', 'communities', 'community', 'single'),
  T('ContentAsset', 'contentassets', 'asset', 'content-meta', '068'),
  T('PlatformEventChannel', 'platformEventChannels', 'platformEventChannel', 'single'),
  T('Bot', 'bots', 'bot', 'single', '0Xx', { children: { botVersions: 'BotVersion' } }),
  T('CustomLabels', 'labels', 'labels', 'single', undefined, {
    children: { labels: 'CustomLabel' },
    unprefixedChildren: true
  }),
  T('Workflow', 'workflows', 'workflow', 'single', undefined, {
    children: {
      alerts: 'WorkflowAlert',
      rules: 'WorkflowRule',
      fieldUpdates: 'WorkflowFieldUpdate',
      outboundMessages: 'WorkflowOutboundMessage',
      tasks: 'WorkflowTask'
    }
  }),
  T('SharingRules', 'sharingRules', 'sharingRules', 'single', undefined, {
    children: {
      sharingCriteriaRules: 'SharingCriteriaRule',
      sharingOwnerRules: 'SharingOwnerRule',
      sharingGuestRules: 'SharingGuestRule'
    }
  }),
  T('Settings', 'settings', 'settings', 'single', undefined, {
    messageTypeOf: (fullName) => `${fullName}Settings`
  }),
  T('Report', 'reports', 'report', 'folder-items', '00O', { folderType: 'ReportFolder' }),
  T('Dashboard', 'dashboards', 'dashboard', 'folder-items', '01Z', {
    folderType: 'DashboardFolder'
  }),
  T('EmailTemplate', 'email', 'email', 'folder-items', '00X', { folderType: 'EmailFolder' }),
  T('Document', 'documents', undefined, 'documents', '015', { folderType: 'DocumentFolder' })
]

/** Child type → parent type name. */
const CHILD_PARENT = new Map<string, string>()
/** Child key prefixes for minted ids. */
const CHILD_KEY_PREFIX: Record<string, string> = {
  CustomField: '00N',
  ValidationRule: '03d',
  RecordType: '012',
  WebLink: '00b',
  ListView: '00B',
  CustomLabel: '101',
  SharingReason: '0A7',
  CompactLayout: '0AH',
  FieldSet: '0IX',
  BusinessProcess: '019',
  WorkflowRule: '01Q',
  WorkflowAlert: '01W',
  BotVersion: '0X9'
}
for (const type of TOP_LEVEL_TYPES) {
  for (const child of Object.values(type.children ?? {})) CHILD_PARENT.set(child, type.name)
}

const BY_NAME = new Map(TOP_LEVEL_TYPES.map((type) => [type.name, type]))
const BY_DIRECTORY = new Map(TOP_LEVEL_TYPES.map((type) => [type.directory, type]))
const FOLDER_TYPES = new Map(
  TOP_LEVEL_TYPES.filter((type) => type.folderType).map((type) => [type.folderType as string, type])
)

/** Top-level type by name. */
export function topLevelType(name: string): MetadataType | undefined {
  return BY_NAME.get(name)
}

/** Top-level type owning a zip folder (`classes` → ApexClass). */
export function typeOfDirectory(directory: string): MetadataType | undefined {
  return BY_DIRECTORY.get(directory)
}

/** Parent type of a child type (`CustomField` → CustomObject). */
export function parentTypeOf(childType: string): MetadataType | undefined {
  const parent = CHILD_PARENT.get(childType)
  return parent ? BY_NAME.get(parent) : undefined
}

/** Content type behind a folder type (`ReportFolder` → Report). */
export function contentTypeOfFolderType(folderType: string): MetadataType | undefined {
  return FOLDER_TYPES.get(folderType)
}

/** True when the org knows the type (top-level, child, or folder type). */
export function isKnownType(name: string): boolean {
  return BY_NAME.has(name) || CHILD_PARENT.has(name) || FOLDER_TYPES.has(name)
}

/** Key prefix for ids of a type, if records of it have ids. */
export function keyPrefixOf(typeName: string): string | undefined {
  return BY_NAME.get(typeName)?.keyPrefix ?? CHILD_KEY_PREFIX[typeName]
}

/** componentType as reported in DeployMessages. */
export function messageComponentType(typeName: string, fullName: string): string {
  return BY_NAME.get(typeName)?.messageTypeOf?.(fullName) ?? typeName
}
