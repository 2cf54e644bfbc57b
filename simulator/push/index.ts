/**
 * Push upgrades in the org simulator: a packaging org with a sample package and subscribers,
 * PackagePushRequest / PackagePushJob over REST, and scripted job outcomes on the simulator clock.
 * See README.md in this folder.
 */
export { PUSH_ROUTES } from './push-routes.ts'
export { pushBanner, pushController, versionText, type PushController } from './push-state.ts'
export {
  dependentPackageConflict,
  postInstallError,
  unexpectedFailure,
  type PushSeedOptions
} from './push-seed.ts'
export type { JobScript, PushScenario, SimPushError, SimSubscriber } from './push-types.ts'
