// One interviewer's record in the fixed part of the sample tenant: who, the outcome drawn by key, when it was
// submitted, the notes (hostile ones on purpose in a few places of the fixtures), the suggested levels and the score.
import { IdKind, makeId } from './ids';
import { between, hash32, pick, unit } from './prng';
import { EMPLOYEES, JOB_LEVELS, SALT, SCORES, type Application, type Employee, type InterviewRecord } from './sampleConfig';
import { interviewNote, longNote, TRICKY_NOTES } from './sampleText';
import type { RecordOutcome } from './tenantProfiles';

/** The fixtures' 120-interview application also shows hostile notes: on interview 60 (the long one) and every 12th. */
function hostileNote(app: Application, i: number, r: number): string | undefined {
  if (!app.profile.hostileNotes || app.index !== 0 || r !== 0) { return undefined; }
  if (i === 60) { return longNote(10_000); }
  return i % 12 === 11 ? TRICKY_NOTES[(i - 11) / 12 % TRICKY_NOTES.length] : undefined;
}

function outcomeOf(app: Application, i: number, r: number): RecordOutcome {
  const outcomes = app.profile.outcomes;
  const first = outcomes[0] as RecordOutcome;
  if (app.trickyNotes || hostileNote(app, i, r) !== undefined) { return first; }
  if (app.everyConclusion && r === 0 && i < outcomes.length) { return outcomes[i] as RecordOutcome; }
  const own = unit(SALT.record, app.index, i, r, 1);
  const lean = app.profile.lean?.(app);
  let x = lean === undefined ? own : 0.6 * own + 0.4 * lean;
  for (const outcome of outcomes) {
    x -= outcome.weight;
    if (x < 0) { return outcome; }
  }
  return first;
}

export function recordAt(app: Application, i: number, r: number, interviewCreateSeconds: number, endMs: number): InterviewRecord {
  const { commitStatus, conclusion } = outcomeOf(app, i, r);
  const first = hash32(SALT.record, app.index, i, 2) % EMPLOYEES.length;
  const record: InterviewRecord = {
    id: makeId(IdKind.record, app.index, i * 4 + r, interviewCreateSeconds + 60 + r),
    interviewer: EMPLOYEES[(first + r * 5) % EMPLOYEES.length] as Employee,
    commitStatus,
    conclusion,
  };
  if (commitStatus === 2) { return record; }
  record.submitMs = endMs + between(10, 48 * 60, SALT.record, app.index, i, r, 3) * 60_000;
  if (conclusion === 5) {
    record.content = between(0, 1, SALT.record, app.index, i, r, 4) === 0 ? '候选人未到场' : 'No-show: the candidate did not join.';
    return record;
  }
  const hostile = hostileNote(app, i, r);
  if (hostile !== undefined) {
    record.content = hostile;
  } else if (app.trickyNotes) {
    record.content = i === 0 ? longNote(10_000) : TRICKY_NOTES[(i - 1) % TRICKY_NOTES.length];
  } else if (app.profile.hostileNotes && hash32(SALT.record, app.index, i, r, 5) % 41 === 0) {
    record.content = pick(TRICKY_NOTES, SALT.record, app.index, i, r, 6);
  } else {
    record.content = interviewNote(SALT.record, app.index, i, r);
  }
  const pass = conclusion === 1;
  // Where the profile says so, interviewers suggest levels around one band of the candidate's, and mostly agree.
  const band = app.profile.levelBand ? between(0, 2, SALT.app, app.index, 12) : undefined;
  const low = band === undefined ? between(0, 3, SALT.record, app.index, i, r, 7) : band + between(0, 1, SALT.record, app.index, i, r, 7);
  record.minLevel = JOB_LEVELS[low];
  record.maxLevel = JOB_LEVELS[low + between(band === undefined ? 0 : 1, band === undefined ? 2 : 1, SALT.record, app.index, i, r, 8)];
  const scoreless = app.noScores || hash32(SALT.record, app.index, i, r, 9) % 6 === 0;
  // A pending verdict goes with the borderline score.
  if (!scoreless) { record.score = SCORES[conclusion === 6 ? 1 : (pass ? 2 : 0) + between(0, 1, SALT.record, app.index, i, r, 10)]; }
  return record;
}

/** How many records interview `i` of an application holds, without building it. */
export function recordCountOf(app: Application, i: number): number {
  if (app.recent) { return app.recent.plan.interviews[i]?.records.length ?? 0; }
  return app.trickyNotes ? 1 : app.recordsPerInterview ?? between(1, 3, SALT.interview, app.index, i, 6);
}
