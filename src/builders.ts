// What the extension loads at first use instead of at activation: the score-details page builders and the
// export writers. A bundle of its own (dist/builders.js, see esbuild.js), reached only through loadBuilders.
export { buildScoreDetailsModel } from './webview/scoreDetailsModel';
export { createNonce, renderScoreDetailsHtml } from './webview/scoreDetailsHtml';
export { exportText } from './model/interviewExport';
export { interviewMarkdown } from './model/interviewMarkdown';
export { queueExportRows } from './model/queueExport';
export { collectApplicationExport, rowsOf } from './model/applicationExport';
