// No peeking (issue 22.4): while I have a record not yet submitted for an interview, the others' conclusions,
// scores, notes, levels and scorecards are gone from what is shown and copied; mine stays; off, nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Interview, InterviewRecord } from '../../src/feishu/types';
import { othersHidden, scorecardWithOthersHidden, withOthersHidden } from '../../src/model/noPeeking/othersHidden';
import { toJson } from '../../src/model/export/recordJson';
import type { InterviewRecordV2 } from '../../src/feishu/scorecard';

const record = (id: string, who: string, commit: number, extra: Partial<InterviewRecord> = {}): InterviewRecord => {
  const raw = { id, user_id: who, commit_status: commit, conclusion: 1, content: `notes of ${who}`, interview_score: { level: 3 }, min_job_level_id: 'L1' };
  return {
    raw,
    id,
    user_id: who,
    commit_status: commit,
    conclusion: 1,
    content: raw.content,
    interview_score: { id: 's', level: 3, raw: {} } as never,
    min_job_level_id: 'L1',
    ...extra,
  };
};
const interview = (records: InterviewRecord[]): Interview => ({
  raw: { id: 'iv', interview_record_list: records.map(r => r.raw) },
  id: 'iv',
  interview_record_list: records,
});
const me = { ids: new Set(['ou_me']) };

test('the rule holds only when on, I am known, and a record of mine is not submitted', () => {
  const owing = interview([record('1', 'ou_me', 2), record('2', 'ou_other', 1)]);
  const done = interview([record('1', 'ou_me', 1), record('2', 'ou_other', 1)]);
  const notMine = interview([record('2', 'ou_other', 1)]);
  assert.equal(othersHidden(owing, me, true), true);
  assert.equal(othersHidden(owing, me, false), false);
  assert.equal(othersHidden(owing, undefined, true), false);
  assert.equal(othersHidden(done, me, true), false);
  assert.equal(othersHidden(notMine, me, true), false);
  assert.equal(othersHidden(interview([record('1', 'x', 2, { interviewer: { id: 'ou_me' } })]), me, true), true, 'the successor names me in interviewer.id');
});

test('the others\' conclusion, score, notes and levels are gone, in the parsed record and in its raw JSON; mine stays whole', () => {
  const hidden = withOthersHidden(interview([record('1', 'ou_me', 2), record('2', 'ou_other', 1)]), me);
  const [mine, other] = hidden.interview_record_list;
  assert.equal(mine?.content, 'notes of ou_me');
  for (const field of ['conclusion', 'interview_score', 'content', 'min_job_level_id'] as const) {
    assert.equal(other?.[field], undefined, field);
    assert.equal(other?.raw[field], undefined, `raw ${field}`);
  }
  assert.equal(other?.commit_status, 1);
  const copied = toJson([{ kind: 'record', id: 'r', parentId: 'p', applicationId: 'a', interview: { ...hidden, invalidRecords: [] }, record: other! }]);
  assert.ok(!copied.includes('notes of ou_other') && !copied.includes('"conclusion"'), copied);
  assert.ok(!JSON.stringify(hidden.raw).includes('notes of ou_other'));
});

test('only my own scorecard is kept', () => {
  const iv = interview([record('1', 'ou_me', 2), record('2', 'ou_other', 1)]);
  const records = new Map([['1', { id: '1' } as InterviewRecordV2], ['2', { id: '2' } as InterviewRecordV2]]);
  const kept = scorecardWithOthersHidden({ kind: 'loaded', records }, iv, me);
  assert.deepEqual(kept?.kind === 'loaded' ? [...kept.records.keys()] : [], ['1']);
});

test('the debrief: only the rounds I owe lose the others\' verdicts and scorecards; the rest stay as read', async () => {
  const { roundsWithOthersHidden } = await import('../../src/model/noPeeking/othersHidden');
  const owed = { ...interview([record('1', 'ou_me', 2), record('2', 'ou_other', 1)]), id: 'owed' };
  const done = { ...interview([record('3', 'ou_me', 1), record('4', 'ou_other', 1)]), id: 'done' };
  const cards = new Map(['1', '2', '3', '4'].map(id => [id, { id } as InterviewRecordV2]));
  const shown = roundsWithOthersHidden([owed, done], { kind: 'loaded', records: cards }, me, true);
  assert.equal(shown.hidden, 1);
  assert.equal(shown.interviews[0]?.interview_record_list[1]?.content, undefined);
  assert.equal(shown.interviews[1], done);
  assert.deepEqual(shown.scorecards?.kind === 'loaded' ? [...shown.scorecards.records.keys()] : [], ['1', '3', '4']);
  const off = roundsWithOthersHidden([owed], undefined, me, false);
  assert.deepEqual([off.hidden, off.interviews[0]], [0, owed]);
});
