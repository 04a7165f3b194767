// What the extension loads at first use instead of at activation: the score-details page builders and the
// export writers. A bundle of its own (dist/builders.js, see esbuild.js), reached only through loadBuilders.
export { buildScoreDetailsModel } from './webview/scoreDetails/scoreDetailsModel';
export { createNonce, renderPageShell } from './webview/shared/pageShell';
export { exportText, hiddenNotice } from './model/export/interviewExport';
export { interviewMarkdown } from './model/export/interviewMarkdown';
export { queueExportRows } from './model/queue/queueExport';
export { collectApplicationExport, rowsOf } from './model/export/applicationExport';
export { buildDebriefModel } from './webview/debrief/debriefModel';
export { debriefMarkdown } from './model/export/debriefMarkdown';
