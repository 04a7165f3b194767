// The debrief (#21): the roll-up, the level-range overlap, rounds in order, disagreements across rounds, the long-form
// export and inert cells; then what a debrief costs at the fake.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { parseInterviewRecordV2, type InterviewRecordV2 } from '../../src/feishu/scorecard';
import { formatOnly as t } from '../../src/feishu/translate';
import type { Interview, InterviewRecord, JsonObject } from '../../src/feishu/types';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { overlapOf } from '../../src/model/debrief/levelOverlap';
import { conclusionKey, rollupOf } from '../../src/model/debrief/rollup';
import { readyForDebrief } from '../../src/model/queue/readyForDebrief';
import { readDebrief } from '../../src/model/debrief/debriefData';
import { debriefMarkdown } from '../../src/model/export/debriefMarkdown';
import { rowsOf } from '../../src/model/export/applicationExport';
import { exportText } from '../../src/model/export/interviewExport';
import type { ScorecardResult } from '../../src/model/scorecard/scorecards';
import { shownRecords } from '../../src/model/scorecard/shownRecords';
import type { LevelNameLookup } from '../../src/model/directory/jobLevelNames';
import { buildDebriefModel, type DebriefInput } from '../../src/webview/debrief/debriefModel';
import { connectionFor, hireApiOf } from './helpers';

function record(id: string, conclusion: number | undefined, commit = 1, extra: Partial<InterviewRecord> = {}): InterviewRecord {
  return { raw: {}, id, conclusion, commit_status: commit, ...extra };
}

function interview(id: string, begin: number, round: number, records: InterviewRecord[]): Interview {
  return { raw: {}, id, begin_time: begin, end_time: begin + 3_600_000, round, interview_record_list: records };
}

/** A v2 record with one module and the given dimensions: [name, option name, option score]. */
function card(id: string, dims: [string, string, number][], score?: [number, number], commit = 1, level?: [string, string]): InterviewRecordV2 {
  const raw: JsonObject = {
    id,
    commit_status: commit,
    ...score ? { record_score: { score: score[0], total_score: score[1] } } : {},
    module_assessments: [{
      interview_feedback_form_module_id: '1',
      module_name: { en_us: 'Skills' },
      module_type: 2,
      dimension_assessments: [
        ...dims.map(([name, option, value], i) => ({
          interview_feedback_form_dimension_id: String(10 + i),
          dimension_name: { en_us: name },
          dimension_type: 1,
          weight: 50,
          dimension_option: { id: option, name: { en_us: option }, score_val: value },
        })),
        ...level
          ? [{
            interview_feedback_form_dimension_id: '99',
            dimension_name: { en_us: 'Level' },
            dimension_type: 5,
            recommended_job_level: { lower_limit_job_level_name: { en_us: level[0] }, higher_limit_job_level_name: { en_us: level[1] } },
          }]
          : [],
      ],
    }],
  };
  return parseInterviewRecordV2(raw, 'r');
}

const loaded = (...cards: InterviewRecordV2[]): ScorecardResult => ({ kind: 'loaded', records: new Map(cards.map(c => [c.id, c])) });

/** P3 … P8 ranked 0 … 5, named as the sample tenant names them. */
const LEVELS: LevelNameLookup = {
  error: undefined,
  name: id => ({ en_us: `P${id}` }),
  rank: id => /^[3-8]$/.test(id) ? Number(id) - 3 : undefined,
  idOfName: name => /^P[3-8]$/.test(name) ? name.slice(1) : undefined,
};

function input(interviews: Interview[], scorecards?: ScorecardResult, extra: Partial<DebriefInput> = {}): DebriefInput {
  return {
    target: { applicationId: '6100000000000000001' },
    owner: 'o',
    sample: false,
    interviews,
    candidate: '张伟',
    job: 'Engineer',
    stage: 'Final interview',
    scorecards,
    levels: LEVELS,
    lang: 'en',
    locale: 'en',
    timeZone: 'UTC',
    t,
    now: Date.UTC(2026, 0, 1),
    ...extra,
  };
}

describe('the roll-up', () => {
  test('every conclusion value counts where it belongs; not submitted wins over a default conclusion', () => {
    const keys = [1, 2, 3, 4, 5, 6, undefined, 42].map(c => conclusionKey(record('1', c)));
    assert.deepEqual(keys, ['pass', 'fail', 'notStarted', 'notSubmitted', 'noShow', 'pending', 'unknown', 'unknown']);
    assert.equal(conclusionKey(record('1', 1, 2)), 'notSubmitted');
    assert.equal(conclusionKey(record('1', 5, 2)), 'noShow', 'a no-show has nothing to submit');
  });

  test('counts and v2 totals: missing v2 and unsubmitted scorecards are left out of the totals', () => {
    const shown = shownRecords([
      interview('1', 1000, 0, [record('11', 1), record('12', 2), record('13', 6)]),
      interview('2', 2000, 1, [record('21', 1, 2), record('22', 5)]),
    ], loaded(card('11', [], [80, 100]), card('12', [], [60, 100]), card('21', [], [99, 100], 2)));
    const r = rollupOf(shown);
    assert.deepEqual([r.counts.pass, r.counts.fail, r.counts.pending, r.counts.notSubmitted, r.counts.noShow], [1, 1, 1, 1, 1]);
    assert.deepEqual(r.totals, { count: 2, average: 70, min: 60, max: 80, outOf: 100 });
    assert.deepEqual(rollupOf(shownRecords([interview('1', 1, 0, [record('11', 1)])])).totals, { count: 0 }, 'no v2 at all');
  });

  test('totals out of different maxima compare as percentages', () => {
    const shown = shownRecords([interview('1', 1, 0, [record('11', 1), record('12', 1)])], loaded(card('11', [], [40, 50]), card('12', [], [60, 100])));
    assert.deepEqual(rollupOf(shown).totals, { count: 2, average: 70, min: 60, max: 80, outOf: 100 });
  });
});

describe('where suggested levels overlap', () => {
  test('the highest low bound to the lowest high bound; open bounds reach the end; reversed ranges read the same', () => {
    assert.deepEqual(overlapOf([{ low: 1, high: 3, lowName: 'P4', highName: 'P6' }, { low: 2, high: 4, lowName: 'P5', highName: 'P7' }]), {
      kind: 'overlap',
      low: 2,
      high: 3,
      lowName: 'P5',
      highName: 'P6',
    });
    assert.deepEqual(overlapOf([{ low: 1, lowName: 'P4' }, { high: 1, highName: 'P4' }]), { kind: 'overlap', low: 1, high: 1, lowName: 'P4', highName: 'P4' });
    assert.deepEqual(overlapOf([{ low: 3, high: 1, lowName: 'P6', highName: 'P4' }]), { kind: 'overlap', low: 1, high: 3, lowName: 'P4', highName: 'P6' });
    assert.deepEqual(overlapOf([{ low: 0, high: 1 }, { low: 3, high: 4 }]), { kind: 'none' });
    assert.deepEqual(overlapOf([]), { kind: 'unknown' });
  });

  test('in the page: seed level IDs and v2 level names on one scale; no overlap said so', () => {
    const interviews = [interview('1', 1000, 0, [record('11', 1, 1, { min_job_level_id: '4', max_job_level_id: '6' }), record('12', 1)])];
    const meet = buildDebriefModel(input(interviews, loaded(card('12', [], undefined, 1, ['P5', 'P8']))));
    assert.equal(meet.rollup.levels.length, 2);
    assert.equal(meet.rollup.overlap, 'P5 to P6');
    const apart = buildDebriefModel(input(interviews, loaded(card('12', [], undefined, 1, ['P7', 'P8']))));
    assert.equal(apart.rollup.overlap, 'The suggested ranges do not overlap.');
  });
});

describe('the debrief page model', () => {
  test('rounds in the order they happened, pending shown, not-submitted and no-show marked, notes to one line', () => {
    const long = `First line of a long note\nsecond line`;
    const m = buildDebriefModel(
      input([interview('2', 5000, 1, [record('21', 6, 1, { content: long }), record('22', 1, 2)]), interview('1', 1000, 0, [record('11', 5)])]),
    );
    assert.deepEqual(m.rounds.map(r => r.interviewId), ['1', '2']);
    assert.deepEqual(m.rounds[1]!.records.map(r => [r.conclusion, r.mark]), [['Pending', ''], ['Pass (not submitted)', 'Not submitted']]);
    assert.equal(m.rounds[0]!.records[0]!.mark, 'No-show');
    assert.equal(m.rounds[1]!.records[0]!.noteLine, 'First line of a long note …');
    assert.equal(m.rounds[1]!.records[0]!.note, long);
    assert.equal(m.scorecard.loading, true, 'before the scorecards arrive');
    assert.deepEqual(m.rollup.counts.map(c => [c.label, c.count]), [['Pass', 0], ['Fail', 0], ['Pending', 1], ['Not submitted', 1], ['No-show', 1]]);
  });

  test('one row per dimension across every round and interviewer; a different choice in another round is a disagreement', () => {
    const m = buildDebriefModel(
      input(
        [interview('1', 1000, 0, [record('11', 1)]), interview('2', 2000, 1, [record('21', 1), record('22', 2)])],
        loaded(
          card('11', [['Coding', 'Strong', 4], ['Design', 'Good', 3]], [80, 100]),
          card('21', [['Coding', 'Strong', 4], ['Design', 'Weak', 1]], [60, 100]),
          card('22', [['Coding', 'Strong', 4]]),
        ),
      ),
    );
    const rows = m.scorecard.sections[0]!.rows;
    assert.deepEqual(rows.map(r => [r.label, r.disagree, r.cells.length]), [['Coding', false, 3], ['Design', true, 3]]);
    assert.deepEqual(m.columnRounds, ['R1', 'R2', 'R2']);
    assert.deepEqual(m.rounds.flatMap(r => r.records.map(x => x.total)), ['80 / 100', '60 / 100', '']);
    assert.equal(m.rollup.totals, 'Average 70 / 100 (60 to 80) over 2 scorecards');
  });

  test('the scorecards refused: the rounds stay, the dimensions say why', () => {
    const m = buildDebriefModel(
      input([interview('1', 1000, 0, [record('11', 1)])], {
        kind: 'failed',
        error: new FeishuError({ kind: 'api', code: 99991672, missingScopes: ['hire:interview:readonly'] }),
      }),
    );
    assert.equal(m.rounds.length, 1);
    assert.match(m.scorecard.notice ?? '', /hire:interview:readonly/);
  });

  test('Copy Debrief as Markdown: every part, server text escaped, formula cells inert', () => {
    const m = buildDebriefModel(
      input(
        [interview('1', 1000, 0, [record('11', 1, 1, { content: '=HYPERLINK("http://x")', interviewer: { name: { en_us: '=cmd|x' } } })])],
        loaded(card('11', [['<b>Coding</b>', '+Strong', 4]], [80, 100])),
      ),
    );
    const md = debriefMarkdown(m);
    for (const part of ['# 张伟 · Engineer', '## Rounds', '## Roll-up', '## Dimensions across all rounds', 'Average 80 / 100']) {
      assert.ok(md.includes(part), part);
    }
    assert.ok(md.includes('| \'=cmd\\|x |'), 'an interviewer cell that starts a formula is inert');
    assert.ok(md.includes('\'+Strong'), 'an option cell too');
    assert.ok(md.includes('\\<b\\>Coding\\</b\\>'), 'markup escaped');
    assert.ok(!/<b>/.test(md));
  });
});

describe('exports carry the scorecard', () => {
  test('the long-form CSV has one row per record and dimension, a record without a scorecard once; cells inert', () => {
    const interviews = [interview('1', 1000, 0, [record('11', 1), record('12', 2)])];
    const rows = rowsOf(interviews as never, {
      applicationId: '6100000000000000001',
      scorecards: loaded(card('11', [['Coding', '=Strong', 4], ['Design', 'Good', 3]])),
      lang: 'en',
      t,
    });
    const csv = exportText('scorecardCsv', rows, { t, lang: 'en', locale: 'en', timeZone: 'UTC' });
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.equal(
      lines[0],
      'Application ID,Candidate,Job,Interview ID,Round,Stage,Record ID,Interviewer,Conclusion,Module,Dimension,Weight,Option,Score,Answer',
    );
    assert.equal(lines.length, 1 + 2 + 1);
    assert.ok(lines[1]!.endsWith(',11,,Pass,Skills,Coding,50,\'=Strong,4,'), lines[1]);
    assert.ok(lines[3]!.includes(',12,,Fail,,,,,,'), lines[3]);
    const json = JSON.parse(exportText('json', rows, { t, lang: 'en', locale: 'en' })) as { scorecard?: { dimension: string; }[]; }[];
    assert.deepEqual(json.map(r => r.scorecard?.map(l => l.dimension)), [['Coding', 'Design'], []]);
    const md = exportText('markdown', rows, { t, lang: 'en', locale: 'en' });
    assert.ok(md.includes('## Whole scorecards') && md.includes('| Skills | Coding | 50 | \'=Strong | 4 |'), md);
  });
});

describe('what a debrief costs at the fake', () => {
  let fake: FakeFeishu;
  before(async () => {
    fake = await startFakeFeishu();
  });
  after(async () => {
    await fake.close();
  });
  beforeEach(() => {
    Object.assign(fake.switches, defaultSwitches());
  });
  const business = (): number => fake.stats.requests.filter(r => r.route !== 'token').length;

  test('6 rounds of 3 interviewers: 2 requests with names and levels known, the rounds before the scorecards', async () => {
    const connection = connectionFor(hireApiOf(fake));
    await connection.directory.ensureApplication(SAMPLE.appWith6Rounds);
    await connection.directory.levels.ensure();
    fake.resetStats();
    const order: string[] = [];
    const data = await readDebrief(connection, SAMPLE.appWith6Rounds, { onRounds: r => order.push(`rounds ${r.interviews.length}`) });
    order.push('scorecards');
    assert.deepEqual(order, ['rounds 6', 'scorecards']);
    assert.equal(data.interviews.flatMap(i => i.interview_record_list).length, 18);
    assert.equal(data.scorecards.kind, 'loaded');
    assert.equal(business(), 2);
    const m = buildDebriefModel(input(data.interviews, data.scorecards, { candidate: data.label?.candidateName }));
    assert.equal(m.rounds.length, 6);
    assert.ok(m.rounds.every(r => r.records.length === 3));
  });

  test('10,000 interviews: the first 500 are read (5 pages), and the page says so', async () => {
    const connection = connectionFor(hireApiOf(fake));
    fake.resetStats();
    const data = await readDebrief(connection, SAMPLE.appWith10000);
    assert.equal(data.interviews.length, 500);
    assert.equal(data.truncated, true);
    assert.equal(fake.stats.count('successorInterviews'), 5);
  });

  test('the 120-interview application: ⌈120 / 100⌉ listing requests and ⌈records / 100⌉ v2 requests', async () => {
    const connection = connectionFor(hireApiOf(fake));
    await connection.directory.ensureApplication(SAMPLE.appWith120);
    await connection.directory.levels.ensure();
    fake.resetStats();
    const data = await readDebrief(connection, SAMPLE.appWith120);
    const records = data.interviews.flatMap(i => i.interview_record_list).length;
    assert.equal(data.interviews.length, 120);
    assert.equal(fake.stats.count('interviewRecordsV2'), Math.ceil(records / 100));
    assert.equal(business(), Math.ceil(120 / 100) + Math.ceil(records / 100));
  });
});

describe('Ready for Debrief', () => {
  const NOW = Date.UTC(2026, 0, 10);
  const ended = (id: string, app: string, begin: number, records: InterviewRecord[], submitted?: number): Interview =>
    ({ ...interview(id, begin, 0, records), application_id: app, feedback_submit_time: submitted }) as Interview;

  test('every interview ended with all feedback in (a no-show counts as in), no decision known; newest first', () => {
    const interviews = [
      ended('1', 'a', NOW - 5e8, [record('11', 1), record('12', 5, 2)], NOW - 4e8),
      ended('2', 'b', NOW - 3e8, [record('21', 2)], NOW - 1e8),
      ended('3', 'c', NOW - 3e8, [record('31', 1, 2)]), // owed
      ended('4', 'd', NOW - 1000, [record('41', 1)]), // still going: ends after now
      ended('5', 'e', NOW - 3e8, [record('51', 6)]), // decided: terminated
      ended('6', 'f', NOW - 3e8, [record('61', 1)]), // decided: offer stage
      ended('7', 'a', NOW - 2e8, [record('71', 6)], NOW - 2e8 + 1),
    ] as never[];
    const decided: Record<string, { raw: JsonObject; id: string; active_status?: number; stage?: { type: number; }; }> = {
      e: { raw: {}, id: 'e', active_status: 2 },
      f: { raw: {}, id: 'f', stage: { type: 5 } },
    };
    const ready = readyForDebrief(interviews, NOW, id => decided[id]);
    assert.deepEqual(ready.map(r => [r.applicationId, r.interviews.length, r.pass, r.fail, r.pending]), [['b', 1, 0, 1, 0], ['a', 2, 1, 0, 1]]);
  });
});
