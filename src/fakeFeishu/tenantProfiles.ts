// The two tenants one generator builds. 'fixtures' is the tests' and the benchmark's: edge cases on purpose (120 and
// 10,000 interviews, 49/50/51 for page edges, hostile names and notes, an application of 2021, late-night slots).
// 'showcase' is what sample mode and the demo serve: a company's hiring as a recruiter knows it — 1–6 rounds a
// candidate, ordinary names and notes, applications of the last two years, hundreds of them for All applications.
import { between, pick, unit } from './prng';
import { DAY, FINAL_INTERVIEW_STAGE, jobsCreatedBefore, SALT, TENANT_START, type Application, type Conclusion, type Job } from './sampleConfig';
import { EN_FIRST, EN_LAST, TRICKY_NAMES, TRICKY_NOTES, ZH_GIVEN, ZH_SURNAMES } from './sampleText';

export type TenantKind = 'fixtures' | 'showcase';

/** An application with a role in the tests or the pictures: its interview count and what is particular about it. */
export interface SpecialApplication {
  interviews: number;
  /** Its job, by index in the profile's jobs (else drawn). */
  job?: number;
  /** Created at this time (else drawn in the profile's window). */
  createMs?: number;
  noScores?: boolean;
  trickyNotes?: boolean;
  everyConclusion?: boolean;
  inactive?: boolean;
  recordsPerInterview?: number;
}

export interface RecordOutcome {
  weight: number;
  commitStatus: 1 | 2;
  conclusion: Conclusion;
}

export interface TenantProfile {
  kind: TenantKind;
  applicationCount: number;
  talentCount: number;
  jobs: Job[];
  /** Applications are created in [createFrom, createTo). */
  createFrom: number;
  createTo: number;
  special: Readonly<Record<number, SpecialApplication>>;
  /** Interviews of an ordinary application. */
  roundsOf(index: number): number;
  talentName(index: number): string;
  /** The draw of a record's outcome; pending weighs nothing in the fixtures, so their tenant stays as it was. */
  outcomes: readonly RecordOutcome[];
  /** How an application's records lean, 0 towards the first outcome (pass) to 1 towards the last; none: each record on its own. */
  lean?: (app: Application) => number;
  /** Suggested levels around one band per candidate (else drawn for each record). */
  levelBand: boolean;
  /** Hostile notes now and then, and on the 120-interview application. */
  hostileNotes: boolean;
  /** Now and then an interview late at night or just after midnight, to test date edges. */
  nightSlots: boolean;
}

function ordinaryName(i: number): string {
  if (i === 0) { return '张伟'; }
  if (i === 1) { return 'Emma Wilson'; }
  return i % 3 === 1
    ? `${pick(EN_FIRST, SALT.talent, i, 1)} ${pick(EN_LAST, SALT.talent, i, 2)}`
    : pick(ZH_SURNAMES, SALT.talent, i, 1) + pick(ZH_GIVEN, SALT.talent, i, 2);
}

/** Three candidates of one common name, told apart by job and phone number (Find Candidate shows how). */
const NAMESAKES = new Set([40, 140, 250]);

/** Names of the showcase: a few namesakes on purpose, otherwise each combination once (steps coprime to the table sizes). */
function showcaseName(i: number): string {
  if (i < 2) { return ordinaryName(i); }
  if (NAMESAKES.has(i)) { return '陈芳'; }
  if (i % 3 === 1) {
    const c = (Math.floor(i / 3) * 97 + 5) % (EN_FIRST.length * EN_LAST.length);
    return `${EN_FIRST[c % EN_FIRST.length] as string} ${EN_LAST[Math.floor(c / EN_FIRST.length)] as string}`;
  }
  const c = (i * 131 + 7) % (ZH_SURNAMES.length * ZH_GIVEN.length);
  return (ZH_SURNAMES[c % ZH_SURNAMES.length] as string) + (ZH_GIVEN[Math.floor(c / ZH_SURNAMES.length)] as string);
}

export const FIXTURES_PROFILE: TenantProfile = {
  kind: 'fixtures',
  applicationCount: 300,
  talentCount: 260,
  jobs: jobsCreatedBefore(TENANT_START),
  createFrom: TENANT_START,
  createTo: Date.UTC(2026, 5, 30),
  special: {
    0: { interviews: 120, job: 0 },
    1: { interviews: 7, job: 1, everyConclusion: true },
    2: { interviews: 1 },
    3: { interviews: 0 },
    4: { interviews: 49 },
    5: { interviews: 50 },
    6: { interviews: 51 },
    7: { interviews: 12, noScores: true },
    8: { interviews: TRICKY_NOTES.length + 1, trickyNotes: true },
    9: { interviews: 10_000, createMs: Date.UTC(2021, 0, 10, 2, 13) },
    10: { interviews: 3, inactive: true },
    11: { interviews: 6, recordsPerInterview: 3 },
  },
  roundsOf: i => {
    const r = unit(SALT.app, i, 2);
    return r < 0.2 ? 0 : r < 0.8 ? between(1, 3, SALT.app, i, 3) : between(4, 9, SALT.app, i, 3);
  },
  talentName: i => i % 42 === 17 ? TRICKY_NAMES[Math.floor(i / 42) % TRICKY_NAMES.length] as string : ordinaryName(i),
  outcomes: [
    { weight: 0.40, commitStatus: 1, conclusion: 1 },
    { weight: 0.22, commitStatus: 1, conclusion: 2 },
    { weight: 0.06, commitStatus: 1, conclusion: 5 },
    { weight: 0.17, commitStatus: 2, conclusion: 3 },
    { weight: 0.15, commitStatus: 2, conclusion: 4 },
    { weight: 0, commitStatus: 1, conclusion: 6 },
  ],
  levelBand: false,
  hostileNotes: true,
  nightSlots: true,
};

const SHOWCASE_START = Date.UTC(2025, 0, 6);

/** Rounds 1–6, most candidates two to four; six for a few who went the whole way. */
const SHOWCASE_ROUNDS = [[0.14, 1], [0.38, 2], [0.64, 3], [0.82, 4], [0.94, 5], [1, 6]] as const;

export const SHOWCASE_PROFILE: TenantProfile = {
  kind: 'showcase',
  applicationCount: 420,
  talentCount: 360,
  jobs: jobsCreatedBefore(SHOWCASE_START),
  createFrom: SHOWCASE_START,
  createTo: Date.UTC(2026, 9, 31),
  special: {
    0: { interviews: 5, job: 0 },
    1: { interviews: 3, job: 1 },
    2: { interviews: 6, job: 6, recordsPerInterview: 3 },
    3: { interviews: 4, job: 9, recordsPerInterview: 2 },
  },
  roundsOf: i => {
    const r = unit(SALT.app, i, 2);
    return (SHOWCASE_ROUNDS.find(([upTo]) => r < upTo) ?? SHOWCASE_ROUNDS[0])[1];
  },
  talentName: showcaseName,
  // Months-old feedback is in: what is owed lies around now (recentInterviews.ts), as in a tenant people work in.
  outcomes: [{ weight: 0.52, commitStatus: 1, conclusion: 1 }, { weight: 0.34, commitStatus: 1, conclusion: 2 }, {
    weight: 0.14,
    commitStatus: 1,
    conclusion: 6,
  }],
  // A candidate who got an offer mostly passed; one whose application ended mostly did not.
  lean: app => {
    const stage = app.job.process.stages.findIndex(s => s.id === app.stage.id);
    return stage > FINAL_INTERVIEW_STAGE ? 0.1 : app.active ? unit(SALT.app, app.index, 11) : 0.8;
  },
  levelBand: true,
  hostileNotes: false,
  nightSlots: false,
};

export const PROFILES: Readonly<Record<TenantKind, TenantProfile>> = { fixtures: FIXTURES_PROFILE, showcase: SHOWCASE_PROFILE };

/** Talent `i` enters the tenant this long before its first application. */
export const talentLeadMs = (i: number): number => between(1, 60, SALT.talent, i, 3) * DAY;
