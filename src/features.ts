// What the extension loads when a user first invokes a feature instead of at activation: the bodies of the commands
// that ask, search, check, export or open a panel, the panels themselves and Sign In with Feishu's browser leg;
// their registrations stay in the main bundle. A bundle of its own (dist/features.js, see esbuild.js), reached only
// through loadFeatures. It has its own copies of the modules it shares with the main bundle, so it keeps no state
// of theirs: what it works on (the parts, the session, the connection) comes in as arguments, and a panel's
// `current` lives here only.
export { pickFilter } from './commands/applicationFilter';
export { addProfile, setCredentials, setCredentialsFrom } from './commands/credentialsPrompts';
export { copyDebrief, openDebrief, openReadyDebrief, reviveDebrief } from './commands/debrief';
export { copyMarkdown, exportApplication, exportQueue } from './commands/exportFlow';
export { findCandidate } from './commands/findCandidate';
export { lookUpApplication, lookUpFromLink } from './commands/lookUp';
export { checkAndShowPermissions } from './commands/permissionReport';
export { revealInMainTree } from './commands/reveal';
export { reviveScoreDetails, showScoreDetails } from './commands/scoreDetails';
export { signInInBrowser } from './session/userSignIn';
export { DebriefPanel } from './webview/debrief/debriefPanel';
export { ScoreDetailsPanel } from './webview/scoreDetails/scoreDetailsPanel';
