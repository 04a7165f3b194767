// Node → TreeItem: labels a recruiter reads at a glance; tooltips with every field, built on hover.
import * as vscode from 'vscode';
import { humanMessage } from '../feishu/errors';
import type { Translate } from '../feishu/translate';
import type { HireNode, MessageAction, RecordNode } from '../model/tree/hireNode';
import { commitStatusInfo, conclusionInfo, formatTimeRange, formatTimestamp, roundLabel, scoreText } from '../model/text/format';
import { levelRange, type JobLevelNames } from '../model/directory/jobLevelNames';
import { plainNameOf } from '../model/text/plainName';
import { interviewState } from '../model/queue/queueItems';
import { interviewSummary, stageText } from '../model/queue/queueLabels';
import { rowAccessibilityLabel, type RowMeaning } from '../model/text/rowAccessibility';

export interface ItemContext {
  t: Translate;
  locale: string;
  lang: 'zh' | 'en';
  timeZone?: string;
  sample: boolean;
  filterDescription?: string;
  isLoading: (parentId: string) => boolean;
  /** Names for the records' job-level IDs; the tooltip loads them on hover. */
  levels?: JobLevelNames;
}

const TONE_COLORS: Record<string, string | undefined> = {
  pass: 'testing.iconPassed',
  fail: 'testing.iconFailed',
  pending: 'charts.blue',
  warning: 'list.warningForeground',
  neutral: undefined,
  unknown: 'disabledForeground',
};

/** Says what the row's icon shows, then its label and description (see rowAccessibility.ts). */
export function speak(item: vscode.TreeItem, meaning: RowMeaning, ctx: ItemContext): void {
  const label = typeof item.label === 'string' ? item.label : item.label?.label;
  item.accessibilityInformation = {
    label: rowAccessibilityLabel(meaning, [label, typeof item.description === 'string' ? item.description : undefined], ctx.lang, ctx.t),
  };
}

export function treeItemFor(node: HireNode, ctx: ItemContext): vscode.TreeItem {
  const { t } = ctx;
  const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
  switch (node.kind) {
    case 'root': {
      const item = new vscode.TreeItem(node.root === 'pinned' ? t('Looked-up applications') : t('All applications'), vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(node.root === 'pinned' ? 'pinned' : 'list-unordered');
      item.contextValue = `root:${node.root}`;
      if (node.root === 'all' && ctx.filterDescription) { item.description = ctx.filterDescription; }
      speak(item, 'list', ctx);
      return item;
    }
    case 'application': {
      const name = plainNameOf(node.candidateName);
      const jobTitle = plainNameOf(node.jobTitle);
      const item = new vscode.TreeItem(name ?? node.applicationId, Collapsed);
      item.id = node.id;
      item.description = [jobTitle, stageText(node.application?.stage, ctx.lang), name ? node.applicationId : undefined].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon(node.application?.active_status === 2 ? 'circle-slash' : 'account');
      item.contextValue = node.root === 'pinned' ? 'application:pinned' : 'application';
      // The crossed-out icon of an inactive application, in words.
      const inactive = node.application?.active_status === 2 ? t('Inactive') : undefined;
      item.accessibilityInformation = {
        label: [t('Application {0} {1} {2}', name ?? '', jobTitle ?? '', node.applicationId), inactive].filter(Boolean).join(ctx.lang === 'zh' ? '，' : ', '),
      };
      return item;
    }
    case 'interview': {
      const iv = node.interview;
      const label = `${roundLabel(iv.round, t)} · ${formatTimeRange(iv.begin_time, iv.end_time, { locale: ctx.locale, timeZone: ctx.timeZone, t })}`;
      const item = new vscode.TreeItem(label, Collapsed);
      item.id = node.id;
      // What Recent Interviews says of it: "2 of 3 submitted · 1 pass · 1 pending", and when the last feedback came in.
      const state = interviewState(iv, Date.now());
      item.description = [node.stageName, interviewSummary(state, node.feedbackSubmitMs, ctx)].filter(Boolean).join(' · ');
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'interview';
      speak(item, 'interview', ctx);
      return item;
    }
    case 'record':
      return recordItem(node, ctx);
    case 'loadMore': {
      const loading = node.loading || ctx.isLoading(node.parentId);
      const item = new vscode.TreeItem(loading ? t('Loading…') : t('Load more…'), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(loading ? 'loading~spin' : 'ellipsis');
      item.description = t('{0} loaded', node.loaded);
      item.contextValue = 'loadMore';
      item.command = { command: 'feishuHire.tree.loadMore', title: t('Load more…') };
      speak(item, 'loadMore', ctx);
      return item;
    }
    case 'message': {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon(
        node.severity === 'error' ? 'error' : node.severity === 'warning' ? 'warning' : 'info',
        node.severity === 'error' ? new vscode.ThemeColor('list.errorForeground') : undefined,
      );
      const actions: Record<MessageAction, vscode.Command> = {
        retry: { command: 'feishuHire.tree.retry', title: t('Retry') },
        setCredentials: { command: 'feishuHire.credentials.set', title: t('Set Credentials') },
        openSettings: { command: 'feishuHire.openSettings', title: t('Open Settings') },
        checkPermissions: { command: 'feishuHire.checkPermissions', title: t('Check Permissions') },
        findCandidate: { command: 'feishuHire.candidate.find', title: t('Find Candidate…') },
      };
      const action = node.action ? actions[node.action] : undefined;
      if (action) {
        item.command = action;
        item.description = `· ${action.title}`;
      }
      item.contextValue = node.action === 'retry' ? 'message:retry' : 'message';
      speak(item, node.severity === 'error' ? 'error' : node.severity === 'warning' ? 'warning' : 'information', ctx);
      const text = node.detail ?? node.text;
      // A translation may leave out the English technical detail; the tooltip keeps it for support.
      const technical = node.error?.detail;
      item.tooltip = technical && !text.includes(technical) ? `${text}\n\n${technical}` : text;
      return item;
    }
    case 'invalid': {
      const item = new vscode.TreeItem(t('Unreadable item'), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = t('not in the expected format');
      item.tooltip = t('The service sent an item this extension cannot read: {0}. Copy as JSON shows it as sent.', node.reason);
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.contextValue = 'invalid';
      speak(item, 'warning', ctx);
      return item;
    }
  }
}

function recordItem(node: RecordNode, ctx: ItemContext): vscode.TreeItem {
  const { t } = ctx;
  const r = node.record;
  const conclusion = conclusionInfo(r.conclusion, t);
  const commit = commitStatusInfo(r.commit_status, t);
  const score = scoreText(r.interview_score, ctx.lang, t);
  const who = plainNameOf(node.interviewerName) ?? r.user_id ?? t('Unknown interviewer');
  const parts = [conclusion.label, score.missing ? undefined : score.level ?? score.name, who].filter((p): p is string => Boolean(p));
  const item = new vscode.TreeItem(parts.join(' · '), vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = commit.submitted === false ? t('not submitted') : score.name && score.level !== score.name ? score.name : undefined;
  const color = TONE_COLORS[conclusion.tone];
  item.iconPath = new vscode.ThemeIcon(conclusion.codicon, color ? new vscode.ThemeColor(color) : undefined);
  item.contextValue = commit.submitted === false ? 'record:notSubmitted' : 'record:submitted';
  // No arguments: the clicked row is resolved from the selection (see tree/rowClicks.ts).
  item.command = { command: 'feishuHire.record.showDetails', title: t('Show Score Details') };
  speak(item, 'record', ctx);
  return item;
}

/** Markdown tooltip with every field; server text goes through appendText so it is never markup. */
export function tooltipFor(node: HireNode, ctx: ItemContext): vscode.MarkdownString | undefined {
  const { t } = ctx;
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  const field = (name: string, value: string | number | undefined): void => {
    if (value === undefined || value === '') { return; }
    md.appendMarkdown(`**${name}:** `);
    md.appendText(String(value));
    md.appendMarkdown('  \n');
  };
  const sampleNote = (): void => {
    if (ctx.sample) {
      md.appendMarkdown('\n---\n');
      md.appendText(t('Sample data from the built-in demo tenant, not real company data.'));
    }
  };
  switch (node.kind) {
    case 'application': {
      const a = node.application;
      md.appendMarkdown('$(account) ');
      md.appendText(node.candidateName ?? node.applicationId);
      md.appendMarkdown('\n\n');
      field(t('Application ID'), node.applicationId);
      field(t('Job'), node.jobTitle);
      field(t('Job ID'), a?.job_id);
      field(t('Talent ID'), a?.talent_id);
      field(t('Stage'), a?.stage ? (ctx.lang === 'zh' ? a.stage.zh_name ?? a.stage.en_name : a.stage.en_name ?? a.stage.zh_name) : undefined);
      field(t('Status'), a?.active_status === 1 ? t('Active') : a?.active_status === 2 ? t('Inactive') : undefined);
      field(t('Created'), a?.create_time ? formatTimestamp(Number(a.create_time), { locale: ctx.locale, timeZone: ctx.timeZone, t }) : undefined);
      field(t('Modified'), a?.modify_time ? formatTimestamp(Number(a.modify_time), { locale: ctx.locale, timeZone: ctx.timeZone, t }) : undefined);
      sampleNote();
      return md;
    }
    case 'interview': {
      const iv = node.interview;
      md.appendMarkdown('$(calendar) ');
      md.appendText(roundLabel(iv.round, t));
      md.appendMarkdown('\n\n');
      field(t('Interview ID'), iv.id);
      field(t('Time'), formatTimeRange(iv.begin_time, iv.end_time, { locale: ctx.locale, timeZone: ctx.timeZone, t }));
      field(t('Stage'), node.stageName ? `${node.stageName} (${iv.stage_id ?? ''})` : iv.stage_id);
      field(t('Interviewer records'), iv.interview_record_list.length);
      sampleNote();
      return md;
    }
    case 'record': {
      const r = node.record;
      const conclusion = conclusionInfo(r.conclusion, t);
      const score = scoreText(r.interview_score, ctx.lang, t);
      md.appendMarkdown(`$(${conclusion.codicon}) `);
      md.appendText(`${conclusion.label} · ${node.interviewerName ?? r.user_id ?? ''}`);
      md.appendMarkdown('\n\n');
      field(t('Record ID'), r.id);
      field(t('Interviewer'), node.interviewerName ? `${node.interviewerName} (${r.user_id ?? ''})` : r.user_id);
      field(t('Conclusion'), conclusion.label);
      field(t('Commit status'), commitStatusInfo(r.commit_status, t).label);
      field(t('Score'), score.missing ? t('No score given') : [score.level, score.name].filter(Boolean).join(' · '));
      field(t('Description'), score.description);
      const levels = levelRange(r.min_job_level_id, r.max_job_level_id, { lang: ctx.lang, t, lookup: ctx.levels });
      field(t('Suggested level'), levels.text);
      if (levels.note) {
        md.appendMarkdown('*');
        md.appendText(levels.note);
        md.appendMarkdown('*  \n');
      }
      if (r.content) {
        md.appendMarkdown('\n---\n');
        md.appendText(r.content.length > 600 ? r.content.slice(0, 600) + '…' : r.content);
      }
      sampleNote();
      return md;
    }
    case 'message':
      if (node.error) {
        md.appendText(humanMessage(node.error, t));
        return md;
      }
      return undefined;
    default:
      return undefined;
  }
}
