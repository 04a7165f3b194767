// Export Interviews… on an application (every page, cancellable), Export… on the queue views, and Copy as Markdown
// on interviews and records. In dist/features.js, loaded at first use; exportCommands and
// queueExportCommands register the commands.
import * as vscode from 'vscode';
import { FeishuError, humanMessage } from '../feishu/errors';
import { checkApplicationId } from '../feishu/hireApi';
import type { ApplicationExport } from '../model/export/applicationExport';
import { languageOf } from '../model/text/format';
import type { InterviewNode, RecordNode } from '../model/tree/hireNode';
import type { ExportFormat, ExportOptions, ExportRow } from '../model/export/interviewExport';
import type { TenantDirectory } from '../model/directory/tenantDirectory';
import type { QueueModel } from '../model/queue/queueModel';
import type { QueueView } from '../model/queue/queueNode';
import { builders } from '../loadBuilders';
import { readScorecardsOf } from '../model/scorecard/scorecards';
import type { NoPeekingRule } from '../model/scorecard/shownRecords';
import { commandTargets, nodeArgument } from './nodeArgument';
import type { HireParts, NoPeeking } from './parts';
import { fileNameOf } from '../model/text/plainName';
import { showError, showInfo, showWarning } from '../notifications';

const t = vscode.l10n.t;

/** For scripts and tests: skip the prompts. */
export interface ExportCommandOptions {
  format?: ExportFormat;
  /** A file to write (a Uri or its string form), or 'untitled' for a new editor. */
  destination?: vscode.Uri | string;
}

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', scorecardCsv: 'csv', markdown: 'md', json: 'json' };
const LANGUAGES: Record<ExportFormat, string> = { csv: 'csv', scorecardCsv: 'csv', markdown: 'markdown', json: 'json' };

function exportOptions(title?: string): ExportOptions {
  return { t, lang: languageOf(vscode.env.language), locale: vscode.env.language, title };
}

/** The application of a tree node, a plain ID argument, the selection, or one the user types (asked under `title`). */
export async function applicationIdOf(parts: HireParts, arg: unknown, title = t('Export Interviews')): Promise<string | undefined> {
  if (typeof arg === 'string') { return checkApplicationId(arg); }
  // Any of our nodes (an application, or an interview or record of it); an object we do not hold counts as none.
  const node = arg === undefined ? parts.treeView.selection[0] : nodeArgument(parts, arg);
  if (node && 'applicationId' in node) { return node.applicationId; }
  const typed = await vscode.window.showInputBox({
    title,
    prompt: t('The application ID (digits only)'),
    ignoreFocusOut: true,
    validateInput: value => /^\s*\d{1,32}\s*$/.test(value) ? undefined : t('An application ID is digits only, such as 6949805467799537964.'),
  });
  return typed === undefined ? undefined : checkApplicationId(typed);
}

/** `withScorecard`: the rows carry v2 scorecards (an application's export), so the long form is offered too. */
async function pickFormat(withScorecard: boolean): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat; })[] = [
    { label: 'CSV', description: t('one row per record, opens in Excel with Chinese intact'), format: 'csv' },
    ...withScorecard
      ? [{
        label: t('CSV, whole scorecard'),
        description: t('one row per record and dimension: module, dimension, weight, option, score, text'),
        format: 'scorecardCsv' as const,
      }]
      : [],
    { label: 'Markdown', description: t('a table for documents and wikis'), format: 'markdown' },
    { label: 'JSON', description: t('for scripts: IDs as strings, codes and labels'), format: 'json' },
  ];
  return (await vscode.window.showQuickPick(items, { title: t('Export Interviews: format'), ignoreFocusOut: true }))?.format;
}

async function pickDestination(format: ExportFormat, suggestedName: string): Promise<vscode.Uri | 'untitled' | undefined> {
  const file = t('Save to a File…');
  const editor = t('Open in an Untitled Editor');
  const choice = await vscode.window.showQuickPick([file, editor], { title: t('Export Interviews: destination'), ignoreFocusOut: true });
  if (choice === editor) { return 'untitled'; }
  if (choice !== file) { return undefined; }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, suggestedName) : undefined,
    filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
    saveLabel: t('Export'),
  });
}

/** Fetches every page behind a cancellable notification; undefined when the user cancelled. */
async function fetchAll(parts: HireParts, applicationId: string, noPeeking: NoPeeking): Promise<ApplicationExport | undefined> {
  const connection = parts.session.connection;
  if (!connection) {
    void showWarning(t('Set your credentials or explore the sample data before exporting.'));
    return undefined;
  }
  return vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: t('Exporting interviews of application {0}', applicationId),
    cancellable: true,
  }, async (progress, token) => {
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const deps = { connection, lang: languageOf(vscode.env.language), t, noPeeking: ruleOf(noPeeking) };
      return await builders().collectApplicationExport(deps, applicationId, {
        signal: controller.signal,
        onProgress: n => progress.report({ message: t('{0} interviews read…', n) }),
      });
    } catch (e) {
      if (e instanceof FeishuError && e.kind === 'cancelled') {
        vscode.window.setStatusBarMessage(t('Export cancelled'), 3000);
        return undefined;
      }
      throw e;
    } finally {
      subscription.dispose();
    }
  });
}

/** Export Interviews…: from a menu the second argument is the selection, which scriptedOptions ignores. */
export function exportApplication(parts: HireParts, arg: unknown, options: unknown, noPeeking: NoPeeking): Promise<void> {
  return reportingExportFailure(parts, () => exportOne(parts, arg, scriptedOptions(parts, options), noPeeking));
}

async function exportOne(parts: HireParts, arg: unknown, options: ExportCommandOptions, noPeeking: NoPeeking): Promise<void> {
  const applicationId = await applicationIdOf(parts, arg);
  if (!applicationId) { return; }
  const result = await fetchAll(parts, applicationId, noPeeking);
  if (!result) { return; }
  const title = [result.candidate, result.job].filter(Boolean).join(' · ') || t('Application {0}', applicationId);
  await deliverExport(result.rows, { title, interviews: result.interviews, fileStem: `interviews-${result.candidate ?? applicationId}` }, options);
  noteHidden(result.rows);
  if (result.scorecardError) {
    void showWarning(t('The whole scorecards could not be read, so the export has the overall results only: {0}', humanMessage(result.scorecardError, t)));
  }
  if (result.invalid > 0) {
    void showWarning(t('{0} unreadable items were left out of the export; Copy as JSON on them in the tree shows what the service sent.', result.invalid));
  }
}

/** Export… on Feedback Owed and Recent Interviews: what the view lists in its window, through the same steps. */
export function exportQueue(parts: HireParts, model: QueueModel, view: QueueView, options: unknown, noPeeking: NoPeeking): Promise<void> {
  return reportingExportFailure(parts, () => exportListed(parts, model, view, options, noPeeking));
}

async function exportListed(parts: HireParts, model: QueueModel, view: QueueView, options: unknown, noPeeking: NoPeeking): Promise<void> {
  const levels = parts.session.connection?.directory.levels;
  if (!model.signedIn || !levels) {
    void showWarning(t('Set your credentials or explore the sample data before exporting.'));
    return;
  }
  await model.ensureLoaded();
  await Promise.all([levels.ensure(), model.ensureLabelsFor(view)]);
  const rows = builders().queueExportRows(model, view, { levels, noPeeking: ruleOf(noPeeking), lang: languageOf(vscode.env.language), t });
  if (rows.length === 0) {
    void showInfo(
      view === 'owed'
        ? t('No feedback is owed in the last {0} days: there is nothing to export.', model.windowDays)
        : t('No interviews in the last {0} days.', model.windowDays),
    );
    return;
  }
  const title = view === 'owed' ? t('Feedback owed, last {0} days', model.windowDays) : t('Interviews of the last {0} days', model.windowDays);
  const interviews = new Set(rows.map(row => row.interview.id)).size;
  await deliverExport(rows, { title, interviews, fileStem: view === 'owed' ? 'feedback-owed' : 'recent-interviews' }, scriptedOptions(parts, options));
  noteHidden(rows);
}

/** Asks the format and the destination (unless given), then writes the rows there: a file or an untitled editor. */
async function deliverExport(
  rows: readonly ExportRow[],
  about: { title: string; interviews: number; fileStem: string; },
  options: ExportCommandOptions,
): Promise<void> {
  const format = options.format ?? await pickFormat(rows.some(r => r.scorecard !== undefined));
  if (!format) { return; }
  const text = builders().exportText(format, rows, exportOptions(about.title));
  const baseName = fileNameOf(format === 'scorecardCsv' ? `${about.fileStem}-scorecards` : about.fileStem, EXTENSIONS[format]);
  const given = typeof options.destination === 'string' && options.destination !== 'untitled'
    ? vscode.Uri.parse(options.destination, true)
    : options.destination;
  const destination = given ?? await pickDestination(format, baseName);
  if (!destination) { return; }
  if (destination === 'untitled') {
    const document = await vscode.workspace.openTextDocument({ content: text, language: LANGUAGES[format] });
    await vscode.window.showTextDocument(document, { preview: false });
  } else {
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(text));
    void showInfo(t('Exported {0} records of {1} interviews to {2}.', rows.length, about.interviews, destination.fsPath));
  }
}

/** The rule as it stands now, for one export. */
function ruleOf(noPeeking: NoPeeking): NoPeekingRule {
  return { viewer: noPeeking.viewer(), enabled: noPeeking.hideOthers() };
}

/** After an export with held-back rows: say what and why (the file says it too). */
function noteHidden(rows: readonly ExportRow[]): void {
  const notice = builders().hiddenNotice(rows, t);
  if (notice) { void showInfo(notice); }
}

/** Every export's failure, as one message naming it an export (the command wrapper's would not). */
async function reportingExportFailure(parts: HireParts, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    parts.log.warn(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    void showError(t('Export failed: {0}', humanMessage(e, t)));
  }
}

/** A format and destination chosen by the caller are for the test runner only: no other extension picks where interview data is written. */
function scriptedOptions(parts: HireParts, options: unknown): ExportCommandOptions {
  return parts.context.extensionMode === vscode.ExtensionMode.Test && options && typeof options === 'object' && !Array.isArray(options)
    ? options as ExportCommandOptions :
    {};
}

/** Rows for interview and record nodes, with the names the tree has, the level names and each record's dimensions. */
async function markdownFor(
  parts: HireParts,
  directory: TenantDirectory | undefined,
  nodes: readonly (InterviewNode | RecordNode)[],
  noPeeking: NoPeeking,
): Promise<string> {
  const sections: string[] = [];
  const connection = parts.session.connection;
  for (const node of nodes) {
    // One request per interview, every interviewer at once; a refusal leaves the seed fields only.
    const scorecards = connection &&
      await readScorecardsOf(
        connection.api,
        node.kind === 'record' ? [node.record.id] : node.interview.interview_record_list.map(r => r.id),
        connection.userIdType,
      );
    const interviewNode = node.kind === 'interview' ? node : parts.model.node(node.parentId);
    const info = directory?.application(node.applicationId);
    const names = {
      stage: () => interviewNode?.kind === 'interview' ? interviewNode.stageName : undefined,
      interviewer: (recordId: string) => interviewNode?.kind === 'interview' ? parts.model.recordNode(interviewNode, recordId)?.interviewerName : undefined,
    };
    const rows = builders().rowsOf([node.interview], {
      applicationId: node.applicationId,
      candidate: info?.candidateName || undefined,
      job: info?.jobTitle,
      names,
      levels: directory?.levels,
      scorecards,
      noPeeking: ruleOf(noPeeking),
      lang: languageOf(vscode.env.language),
      t,
    }).filter(row => node.kind === 'interview' || row.record.id === node.record.id);
    sections.push(builders().interviewMarkdown(rows, exportOptions()));
  }
  return sections.join('\n');
}

/** Copy as Markdown on interview and record nodes, confirmed in the status bar. */
export async function copyMarkdown(parts: HireParts, clickedValue: unknown, selectionValue: unknown, noPeeking: NoPeeking): Promise<void> {
  const nodes = commandTargets(parts, clickedValue, selectionValue).filter((n): n is InterviewNode | RecordNode =>
    n.kind === 'interview' || n.kind === 'record'
  );
  if (nodes.length === 0) { return; }
  const directory = parts.session.connection?.directory;
  await directory?.levels.ensure();
  const markdown = await markdownFor(parts, directory, nodes, noPeeking);
  await vscode.env.clipboard.writeText(markdown);
  vscode.window.setStatusBarMessage(
    nodes.length === 1 ?
      t('$(check) Copied Markdown of {0}', nodes[0]!.kind === 'record' ? (nodes[0] as RecordNode).record.id : nodes[0]!.interview.id)
      : t('$(check) Copied Markdown of {0} items', nodes.length),
    3000,
  );
}
