// The panels' view types, one place for both bundles: the serializers registered at activation and the panels
// they revive, which are in dist/features.js.
export const SCORE_DETAILS_VIEW_TYPE = 'feishuHire.scoreDetails';
export const DEBRIEF_VIEW_TYPE = 'feishuHire.debrief';
