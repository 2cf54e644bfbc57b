/** Validations can be quick-deployed for 10 days. https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_deployRecentValidation.htm */
export const QUICK_DEPLOY_WINDOW_MS = 10 * 24 * 60 * 60 * 1000
