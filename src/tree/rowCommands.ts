// Show Score Details as a record row's click names it, one command per view: the command reads its own view's
// selection, so a row selected earlier in another view is never opened instead (see rowClicks.ts).
export const SHOW_DETAILS_COMMANDS: Readonly<Record<string, string>> = {
  'feishuHire.interviews': 'feishuHire.record.showDetails',
  'feishuHire.feedbackOwed': 'feishuHire.feedbackOwed.showDetails',
  'feishuHire.recentInterviews': 'feishuHire.recentInterviews.showDetails',
};

/** Debrief as a ready application's row (Recent Interviews) names it: it reads that view's selection too. */
export const READY_DEBRIEF_COMMAND = 'feishuHire.recentInterviews.debrief';
