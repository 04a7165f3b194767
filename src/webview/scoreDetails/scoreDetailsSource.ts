// What the score details panel asks of the host, answered from the main tree and the connection: the record's
// interview (from the tree, or read afresh), interviewer names, then the whole scorecard and level names.
import * as vscode from 'vscode';
import type { Interview } from '../../feishu/types';
import { toJson } from '../../model/export/recordJson';
import { readScorecards, type ScorecardResult } from '../../model/scorecard/scorecards';
import { languageOf, pickI18n } from '../../model/text/format';
import { fetchInterview, findInterview } from '../../model/tree/findNode';
import type { InterviewNode, RecordNode } from '../../model/tree/hireNode';
import type { HireTreeModel } from '../../model/tree/hireTreeModel';
import type { HireConnection } from '../../model/connection/hireConnection';
import { isMine, othersHidden, scorecardWithOthersHidden, withOthersHidden, type Viewer } from '../../model/noPeeking/othersHidden';
import type { RecordTarget, ScoreDetailsModel } from './protocol';
import { builders } from '../../loadBuilders';
import type { ScoreDetailsDeps } from './scoreDetailsPanel';

const t = vscode.l10n.t;

export interface ScoreDetailsSourceDeps {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  model: HireTreeModel;
  /** Resolves once the stored credentials have been read at start. */
  ready: Promise<void>;
  connection(): HireConnection | undefined;
  reveal(target: RecordTarget): Promise<unknown>;
  /** Who I am, when signed in as a user; with hideOthers(), the no-peeking rule. */
  viewer(): Viewer | undefined;
  hideOthers(): boolean;
}

/** What `load` read, for `complete` to add the whole scorecard to. */
interface Loaded {
  interview: Interview;
  node?: InterviewNode;
  connection: HireConnection;
}

export function scoreDetailsSource(deps: ScoreDetailsSourceDeps): ScoreDetailsDeps {
  const { model } = deps;
  const loaded = new WeakMap<RecordTarget, Loaded>();
  const interviewNodeFor = (target: RecordTarget, signal?: AbortSignal): Promise<InterviewNode | undefined> =>
    findInterview(model, model.applicationNode(target.root, target.applicationId), target.interviewId, signal);

  const build = (target: RecordTarget, read: Loaded, shown: ScorecardResult | undefined, complete: boolean): ScoreDetailsModel | undefined => {
    const { node, connection } = read;
    const { directory } = connection;
    const viewer = deps.viewer();
    const hidden = viewer && othersHidden(read.interview, viewer, deps.hideOthers()) ? viewer : undefined;
    const interview = hidden ? withOthersHidden(read.interview, hidden) : read.interview;
    const scorecard = hidden ? scorecardWithOthersHidden(shown, read.interview, hidden) : shown;
    const details = builders().buildScoreDetailsModel({
      scorecard,
      levels: complete ? directory.levels : undefined,
      scorecardLoading: !complete,
      target,
      owner: connection.identity,
      interview,
      lang: languageOf(vscode.env.language),
      locale: vscode.env.language,
      t,
      sample: connection.sample,
      now: Date.now(),
      stageName: node?.stageName,
      interviewerName: recordId =>
        (node && model.recordNode(node, recordId)?.interviewerName)
          ?? pickI18n(directory.interviewer(target.applicationId, recordId), languageOf(vscode.env.language)),
    });
    if (!details || !hidden) { return details; }
    const notice = t(
      'The other interviewers\' feedback is hidden until you submit yours (feishuHire.hideOthersUntilSubmitted). Submit in Feishu, then Refresh.',
    );
    const rows = details.rows.map(r => r.current ? r : { ...r, conclusion: t('Hidden until you submit'), tone: 'unknown' as const, score: '—', excerpt: '' });
    return { ...details, rows, scorecard: { columns: [], sections: [], ...details.scorecard, notice, loading: false } };
  };

  return {
    extensionUri: deps.extensionUri,
    log: deps.log,
    owner: async () => {
      await deps.ready;
      return deps.connection()?.identity;
    },
    load: async (target, { fresh, signal }) => {
      const connection = deps.connection();
      if (!connection) { return undefined; }
      const node = await interviewNodeFor(target, signal);
      const interview = fresh || !node ? await fetchInterview(connection, target.applicationId, target.interviewId, signal) : node.interview;
      if (!interview) { return undefined; }
      // Already known when the tree showed the interview; read now when the panel came back after a reload.
      await connection.directory.ensureNames(target.applicationId, [target.interviewId], signal).catch(() => false);
      const read: Loaded = { interview, node, connection };
      loaded.set(target, read);
      return build(target, read, undefined, false);
    },
    complete: async target => {
      const read = loaded.get(target);
      if (!read) { return undefined; }
      const { api, userIdType, directory } = read.connection;
      const [scorecard] = await Promise.all([readScorecards(api, read.interview, userIdType), directory.levels.ensure()]);
      return build(target, read, scorecard, true);
    },
    copyJson: async target => {
      const node = await interviewNodeFor(target);
      const found: RecordNode | undefined = node && model.recordNode(node, target.recordId);
      if (!found) { return; }
      const viewer = deps.viewer();
      // Copy as JSON follows the same rule: another interviewer's verdict does not leave through the clipboard either.
      const record = viewer && othersHidden(found.interview, viewer, deps.hideOthers()) && !isMine(found.record, viewer)
        ? { ...found, record: withOthersHidden(found.interview, viewer).interview_record_list.find(r => r.id === found.record.id) ?? found.record }
        : found;
      await vscode.env.clipboard.writeText(toJson([record]));
      vscode.window.setStatusBarMessage(t('$(check) Copied JSON of {0}', record.record.id), 3000);
    },
    reveal: async target => {
      await deps.reveal(target);
    },
  };
}
