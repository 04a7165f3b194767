// What a non-developer reads and sends: each feature's name, and the message asking an admin for the scopes.
import type { Translate } from '../../feishu/translate';
import type { PermissionReport } from './permissionCheck';
import type { PermissionFeature } from './permissionProbes';

export function featureLabel(feature: PermissionFeature, t: Translate): string {
  switch (feature) {
    case 'applications':
      return t('Applications');
    case 'interviews':
      return t('Interviews and interview feedback');
    case 'candidateNames':
      return t('Candidate names');
    case 'jobTitles':
      return t('Job titles');
    case 'scorecards':
      return t('Whole scorecards (score details)');
    case 'jobLevels':
      return t('Job level names');
    case 'queue':
      return t('Feedback Owed and Recent Interviews');
  }
}

/** Each missing scope once, with the features it enables. */
export function missingScopes(report: PermissionReport): Map<string, PermissionFeature[]> {
  const scopes = new Map<string, PermissionFeature[]>();
  for (const { feature, outcome } of report.results) {
    if (outcome.status !== 'missingScope') { continue; }
    for (const scope of outcome.scopes) { scopes.set(scope, [...scopes.get(scope) ?? [], feature]); }
  }
  return scopes;
}

/** A ready message for the tenant's admin, in the UI's language; undefined when nothing is missing. */
export function adminRequest(report: PermissionReport, t: Translate): string | undefined {
  const scopes = missingScopes(report);
  if (scopes.size === 0) { return undefined; }
  const lines = [...scopes].map(([scope, features]) => t('- {0}: {1}', scope, features.map(f => featureLabel(f, t)).join(t(', '))));
  return [
    t('Hello,'),
    '',
    t('To read interview feedback in VS Code (the Feishu Hire Interviews extension), our Feishu app needs these permissions:'),
    ...lines,
    '',
    t('Please enable them in the developer console, then publish a new version of the app so they take effect:'),
    report.consoleLink,
    '',
    t('Thank you!'),
  ].join('\n');
}
