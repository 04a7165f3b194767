// Benchmark rows for the debrief (#21): requests and times of a 6-round, 3-interviewer debrief with names and levels
// known, the 120-interview application's requests, and page building against the number of cells.
import { parseInterviewRecordV2 } from '../src/feishu/scorecard';
import { formatOnly } from '../src/feishu/translate';
import type { FeishuClient } from '../src/feishu/feishuClient';
import type { Interview, JsonObject } from '../src/feishu/types';
import { SAMPLE, type FakeFeishu } from '../src/fakeFeishu/server';
import { createConnection } from '../src/model/connection/hireConnection';
import { readDebrief } from '../src/model/debrief/debriefData';
import type { ScorecardResult } from '../src/model/scorecard/scorecards';
import { buildDebriefModel } from '../src/webview/debrief/debriefModel';

type Record = (figure: string, value: string, budget: string, ok: boolean, note?: string) => void;

const RUNS = 7;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const business = (fake: FakeFeishu): number => fake.stats.requests.filter(r => r.route !== 'token').length;

/** An application of `records` interviews of one interviewer, each scorecard `dimensions` long: records × dimensions cells. */
function synthetic(records: number, dimensions: number): { interviews: Interview[]; scorecards: ScorecardResult; } {
  const interviews: Interview[] = [];
  const cards = new Map<string, ReturnType<typeof parseInterviewRecordV2>>();
  for (let r = 0; r < records; r++) {
    const id = String(8_000_000 + r);
    interviews.push({
      raw: {},
      id: String(9_000_000 + r),
      begin_time: 1_700_000_000_000 + r * 3_600_000,
      round: r,
      interview_record_list: [{ raw: {}, id, conclusion: 1 + (r % 2), commit_status: 1 }],
    });
    const raw: JsonObject = {
      id,
      commit_status: 1,
      record_score: { score: 50 + (r % 50), total_score: 100 },
      module_assessments: [{
        interview_feedback_form_module_id: '1',
        module_name: { en_us: 'Skills' },
        dimension_assessments: Array.from(
          { length: dimensions },
          (_, d) => ({
            interview_feedback_form_dimension_id: String(100 + d),
            dimension_name: { en_us: `Dimension ${d}` },
            dimension_type: 1,
            weight: 10,
            dimension_option: { id: String((r + d) % 4), name: { en_us: `Option ${(r + d) % 4}` }, score_val: (r + d) % 4 },
          }),
        ),
      }],
    };
    cards.set(id, parseInterviewRecordV2(raw, 'bench'));
  }
  return { interviews, scorecards: { kind: 'loaded', records: cards } };
}

function buildMs(records: number, dimensions: number): number {
  const { interviews, scorecards } = synthetic(records, dimensions);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    buildDebriefModel({
      target: { applicationId: '1' },
      owner: 'bench',
      sample: false,
      interviews,
      scorecards,
      lang: 'en',
      locale: 'en',
      t: formatOnly,
      now: Date.now(),
    });
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function debriefFigures(fake: FakeFeishu, c: FeishuClient, record: Record, quick: boolean): Promise<void> {
  const connection = createConnection({ api: c.hire, userIdType: 'open_id', identity: 'bench' });
  await connection.directory.ensureApplication(SAMPLE.appWith6Rounds);
  await connection.directory.levels.ensure();
  // One round trip at this latency, for the budgets: the same listing, one item.
  const trips: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await c.hire.listInterviewsWithNames(SAMPLE.appWith6Rounds, { pageSize: 1 });
    trips.push(performance.now() - start);
  }
  const trip = median(trips);
  const roundsMs: number[] = [];
  const cardsMs: number[] = [];
  const requests: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fake.resetStats();
    const start = performance.now();
    const data = await readDebrief(connection, SAMPLE.appWith6Rounds, {
      onRounds: rounds => {
        buildDebriefModel({
          target: { applicationId: SAMPLE.appWith6Rounds },
          owner: 'bench',
          sample: false,
          interviews: rounds.interviews,
          scorecardLoading: true,
          lang: 'en',
          locale: 'en',
          t: formatOnly,
          now: Date.now(),
        });
        roundsMs.push(performance.now() - start);
      },
    });
    buildDebriefModel({
      target: { applicationId: SAMPLE.appWith6Rounds },
      owner: 'bench',
      sample: false,
      interviews: data.interviews,
      scorecards: data.scorecards,
      levels: connection.directory.levels,
      lang: 'en',
      locale: 'en',
      t: formatOnly,
      now: Date.now(),
    });
    cardsMs.push(performance.now() - start);
    requests.push(business(fake));
  }
  const most = Math.max(...requests);
  record(
    'debrief of 6 rounds × 3 interviewers, names and levels known: requests',
    `${most}`,
    '≤ 3',
    most <= 3,
    'listing by application (1) + v2 records by ids (1)',
  );
  if (!quick) {
    const rounds = median(roundsMs);
    const cards = median(cardsMs);
    record(
      '… rounds shown (page model built)',
      `${rounds.toFixed(1)} ms`,
      `≤ 1 round trip + 100 ms = ${(trip + 100).toFixed(0)} ms`,
      rounds <= trip + 100,
      `median of ${RUNS}; one round trip measured ${trip.toFixed(1)} ms`,
    );
    record(
      '… scorecards shown',
      `${cards.toFixed(1)} ms`,
      `≤ 2 round trips + 100 ms = ${(2 * trip + 100).toFixed(0)} ms`,
      cards <= 2 * trip + 100,
      `median of ${RUNS}`,
    );
  }
  const big = createConnection({ api: c.hire, userIdType: 'open_id', identity: 'bench' });
  await big.directory.ensureApplication(SAMPLE.appWith120);
  await big.directory.levels.ensure();
  fake.resetStats();
  const data = await readDebrief(big, SAMPLE.appWith120);
  const records = data.interviews.flatMap(i => i.interview_record_list).length;
  const expected = Math.ceil(data.interviews.length / 100) + Math.ceil(records / 100);
  record(
    'debrief of the 120-interview application: requests',
    `${fake.stats.count('successorInterviews')} listing + ${fake.stats.count('interviewRecordsV2')} v2 (${records} records)`,
    `⌈120 / 100⌉ + ⌈${records} / 100⌉ = ${expected}`,
    business(fake) === expected && data.interviews.length === 120,
  );
  if (!quick) {
    const small = buildMs(25, 100);
    const large = buildMs(100, 100);
    record(
      'debrief page model of 10,000 scorecard cells (100 records × 100 dimensions)',
      `${large.toFixed(1)} ms`,
      '< 200 ms, linear',
      large < 200 && large / small < 6,
      `2,500 cells ${small.toFixed(1)} ms: ${(large / small).toFixed(2)}× for 4× the cells; median of ${RUNS}`,
    );
  }
}
