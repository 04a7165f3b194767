// Issue #18.7: a huge scorecard builds in linear time, and the page shows a bounded number of rows with a note.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInterviewRecordV2, type InterviewRecordV2 } from '../../src/feishu/scorecard';
import { formatOnly } from '../../src/feishu/translate';
import type { Interview, JsonObject } from '../../src/feishu/types';
import { buildScorecardView, MAX_SCORECARD_ROWS } from '../../src/model/scorecard/scorecardView';

const RECORDS = ['8001', '8002', '8003', '8004'];

/** A v2 reply as a hostile server might send it: one module of many dimensions, each with many questions. */
function hostileRecord(id: string, dimensions = 6000, questions = 2): JsonObject {
  return {
    id,
    commit_status: 1,
    module_assessments: [{
      interview_feedback_form_module_id: '1',
      module_name: { zh_cn: '能力', en_us: 'Skills' },
      module_type: 2,
      dimension_assessments: Array.from(
        { length: dimensions },
        (_, d) => ({
          interview_feedback_form_dimension_id: String(100_000 + d),
          dimension_name: { en_us: `Dimension ${d}` },
          dimension_type: 3,
          dimension_content: `answer ${d} of ${id}`,
          question_assessments: Array.from({ length: questions }, (_, i) => i + 1).map(q => ({
            question_type: 1,
            title: { en_us: `Question ${d}.${q}` },
            content: `reply ${q}`,
          })),
        }),
      ),
    }],
  };
}

// Before: 6,000 dimensions took 0.8 s, one dimension of 8,000 questions about 5 s (each searched per row and column).
const CASES = [{ dimensions: 6000, questions: 2 }, { dimensions: 1, questions: 8000 }];

describe('#18.7 a large scorecard', () => {
  for (const { dimensions, questions } of CASES) {
    test(`${dimensions} dimensions of ${questions} questions build in well under a second, capped to MAX_SCORECARD_ROWS rows with a note`, t => {
      const raw = RECORDS.map(id => hostileRecord(id, dimensions, questions));
      const bytes = Buffer.byteLength(JSON.stringify({ code: 0, data: { items: raw } }));
      const records = new Map<string, InterviewRecordV2>(raw.map((r, i) => [RECORDS[i]!, parseInterviewRecordV2(r, `items[${i}]`)]));
      const interview: Interview = { raw: {}, id: '1', interview_record_list: RECORDS.map(id => ({ raw: {}, id })) };
      const started = performance.now();
      const view = buildScorecardView({
        interview,
        currentRecordId: '8001',
        result: { kind: 'loaded', records },
        lang: 'en',
        t: formatOnly,
        interviewerName: id => id,
      });
      const ms = performance.now() - started;
      t.diagnostic(
        `a ${(bytes / 1024 / 1024).toFixed(1)} MB reply of ${RECORDS.length} × ${dimensions} dimensions × ${questions} questions built in ${ms.toFixed(0)} ms`,
      );
      assert.ok(ms < 1000, `took ${ms.toFixed(0)} ms`);
      const rows = view.sections.flatMap(s => s.rows);
      assert.equal(rows.length, MAX_SCORECARD_ROWS);
      assert.equal(view.notice, `This scorecard has ${dimensions * (questions + 1)} rows: the first ${MAX_SCORECARD_ROWS} are shown.`);
      // Each cell is still the answer of its own interviewer, by key, and questions by title.
      const last = rows.filter(r => r.kind === 'dimension').at(-1)!;
      const d = Number(/\d+/.exec(last.label)![0]);
      assert.deepEqual(last.cells.map(c => c.text), RECORDS.map(id => `answer ${d} of ${id}`));
      assert.deepEqual(rows[1]!.cells.map(c => c.text), RECORDS.map(() => 'reply 1'));
    });
  }

  test('a scorecard under the cap shows every row and no note', () => {
    const raw = hostileRecord('8001', 10, 2);
    const view = buildScorecardView({
      interview: { interview_record_list: [{ raw: {}, id: '8001' }] },
      currentRecordId: '8001',
      result: { kind: 'loaded', records: new Map([['8001', parseInterviewRecordV2(raw, 'r')]]) },
      lang: 'en',
      t: formatOnly,
      interviewerName: id => id,
    });
    assert.equal(view.sections[0]!.rows.length, 30);
    assert.equal(view.notice, undefined);
  });
});
