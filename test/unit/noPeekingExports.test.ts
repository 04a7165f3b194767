// No peeking in the rest (#22.4): the exports (CSV, the whole-scorecard CSV, Markdown, JSON, the queue's) and the main
// tree's Copy as JSON and Copy as Markdown hold back the others' verdicts through shownRecords, and say what and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOnly } from '../../src/feishu/translate';
import type { JsonObject } from '../../src/feishu/types';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import type { InterviewRecordV2 } from '../../src/feishu/scorecard';
import { rowsOf } from '../../src/model/export/applicationExport';
import { exportText, hiddenNotice, type ExportOptions } from '../../src/model/export/interviewExport';
import { interviewMarkdown } from '../../src/model/export/interviewMarkdown';
import { toJson } from '../../src/model/export/recordJson';
import { queueExportRows } from '../../src/model/queue/queueExport';
import { shownNodes, shownRecords, type NoPeekingRule } from '../../src/model/scorecard/shownRecords';
import type { CopyableNode } from '../../src/model/tree/hireNode';
import { DAY, model, NOW, stubApi } from './queueFixtures';

const o: ExportOptions = { t: formatOnly, lang: 'en', locale: 'en', timeZone: 'Asia/Shanghai', title: 'Zhang Wei' };
const on: NoPeekingRule = { viewer: { ids: new Set(['ou_me']) }, enabled: true };

function iv(id: string, records: { id: string; who: string; commit: 1 | 2; }[], begin = NOW - 2 * DAY): ParsedInterview {
  const json: JsonObject = {
    id,
    begin_time: begin,
    end_time: begin + 3_600_000,
    round: 0,
    application_id: '6100000000000000001',
    interview_record_list: records.map(r => ({
      id: r.id,
      user_id: r.who,
      commit_status: r.commit,
      conclusion: r.commit === 1 ? 1 : 4,
      content: `SECRET notes of ${r.who}`,
      interview_score: { id: 's1', level: 3, zh_name: '良好', en_name: 'Strong' },
      min_job_level_id: 'L_SECRET',
      interviewer: { id: r.who, name: { en_us: r.who } },
    })),
  };
  return parseInterview(json, 'items[0]');
}

// I owe feedback on `owing`; on `done` I submitted, so everything shows there.
const owing = iv('iv1', [{ id: 'r1', who: 'ou_me', commit: 2 }, { id: 'r2', who: 'ou_wang', commit: 1 }]);
const done = iv('iv2', [{ id: 'r3', who: 'ou_me', commit: 1 }, { id: 'r4', who: 'ou_li', commit: 1 }]);
const cards = {
  kind: 'loaded' as const,
  records: new Map(['r1', 'r2', 'r3', 'r4'].map(id => [id, { id, raw: {}, modules: [] } as unknown as InterviewRecordV2])),
};

test('shownRecords: under the rule the others of an interview I owe are redacted and marked, their scorecards dropped; off, nothing changes', () => {
  const shown = shownRecords([owing, done], cards, on);
  assert.deepEqual(shown.map(s => [s.record.id, s.hidden === true, s.card !== undefined]), [['r1', false, true], ['r2', true, false], ['r3', false, true], [
    'r4',
    false,
    true,
  ]]);
  assert.equal(shown[1]!.record.content, undefined);
  assert.equal(shown[1]!.record.raw['content'], undefined);
  assert.ok(shownRecords([owing], cards, { ...on, enabled: false }).every(s => !s.hidden));
  assert.ok(shownRecords([owing], cards, { viewer: undefined, enabled: true }).every(s => !s.hidden));
});

test('CSV, the whole-scorecard CSV, Markdown and JSON: the hidden cells say why, nothing of the others\' verdict is written', () => {
  const rows = rowsOf([owing, done], { scorecards: cards, noPeeking: on, lang: 'en', t: formatOnly });
  for (const format of ['csv', 'scorecardCsv', 'markdown', 'json'] as const) {
    const text = exportText(format, rows, o);
    assert.doesNotMatch(text, /SECRET notes of ou\\?_wang/, format);
    if (format !== 'scorecardCsv') {
      assert.match(text, /SECRET notes of ou\\?_me/, `${format}: mine stays`);
      assert.match(text, /SECRET notes of ou\\?_li/, `${format}: an interview I submitted shows everything`);
    }
    assert.match(text, /hideOthersUntilSubmitted/, `${format} says why`);
  }
  const csv = exportText('csv', rows, o).split('\n').find(line => line.includes(',r2,'))!;
  assert.match(csv, /Hidden until you submit,/);
  assert.match(csv, /Hidden until you submit your own feedback on this interview/);
  assert.doesNotMatch(csv, /Strong|L_SECRET/);
  const json = JSON.parse(exportText('json', rows, o)) as Record<string, unknown>[];
  const r2 = json.find(r => r['record_id'] === 'r2')!;
  assert.match(String(r2['hidden']), /hideOthersUntilSubmitted/);
  for (const key of ['conclusion', 'conclusion_label', 'score_level', 'notes', 'min_job_level', 'scorecard']) { assert.equal(r2[key], undefined, key); }
  assert.equal(json.find(r => r['record_id'] === 'r4')!['hidden'], undefined);
  assert.match(exportText('markdown', rows, o), /> 1 records of other interviewers are hidden/);
  assert.equal(hiddenNotice(rowsOf([done], { noPeeking: on, lang: 'en', t: formatOnly }), formatOnly), undefined);
});

test('Copy as Markdown of an interview I owe: the other record is a line saying why', () => {
  const rows = rowsOf([owing], { noPeeking: on, lang: 'en', t: formatOnly });
  const md = interviewMarkdown(rows, o);
  assert.doesNotMatch(md, /ou\\_wang — .*Strong|SECRET notes of ou\\_wang/s);
  assert.match(md, /### ou\\_wang — Hidden until you submit\n\n\*Hidden until you submit your own feedback/);
});

test('the queue\'s exports follow the rule', async () => {
  const { m } = model(stubApi(() => [owing, done]).api);
  await m.refresh();
  const rows = queueExportRows(m, 'recent', { noPeeking: on, lang: 'en', t: formatOnly });
  assert.deepEqual(rows.filter(r => r.hidden).map(r => r.record.id), ['r2']);
  assert.doesNotMatch(exportText('json', rows, o), /SECRET notes of ou_wang/);
});

test('the main tree\'s Copy as JSON: interview and record nodes lose the others\' verdicts, raw JSON included, and say how many', () => {
  const interviewNode = { kind: 'interview', id: 'app/a/iv/iv1', parentId: 'app/a', applicationId: 'a', interview: owing } as unknown as CopyableNode;
  const recordNode = {
    kind: 'record',
    id: 'app/a/iv/iv1/rec/r2',
    parentId: 'app/a/iv/iv1',
    applicationId: 'a',
    interview: owing,
    record: owing.interview_record_list[1],
  } as unknown as CopyableNode;
  const mine = { ...recordNode, id: 'x', record: owing.interview_record_list[0] } as CopyableNode;
  const { nodes, hidden } = shownNodes([interviewNode, recordNode, mine], on);
  assert.equal(hidden, 2);
  const copied = toJson(nodes);
  assert.doesNotMatch(copied, /SECRET notes of ou_wang/);
  assert.match(copied, /SECRET notes of ou_me/);
  assert.equal(shownNodes([interviewNode], { ...on, enabled: false }).hidden, 0);
  assert.match(toJson(shownNodes([interviewNode], { ...on, enabled: false }).nodes), /SECRET notes of ou_wang/);
});
