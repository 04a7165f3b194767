// What one signed-in person of the sample tenant may see and owes: their Hire role decides the records (a
// recruiter sees all, an interviewer the applications they interviewed on), the to-dos are their own.
import { IdKind, makeId } from './ids';
import { hash32 } from './prng';
import { recordCountOf } from './sampleRecords';
import { EMPLOYEES } from './sampleConfig';
import { interviewAt, type Application, type Employee, type Interview, type Tenant } from './sampleTenant';

/** 陈静 is the tenant's recruiter: her Hire role reads every application. */
export const RECRUITER = EMPLOYEES[0] as Employee;
/** 孙涛 has not been given the app (its availability range leaves him out): the token endpoint answers 20010. */
export const WITHOUT_APP_ACCESS = EMPLOYEES[11] as Employee;

/** Applications with more interviews than this are left out of the to-do scan: the benchmark's 10,000 are not anyone's desk. */
const TODO_SCAN_LIMIT = 200;

const fixedApplications = new Map<string, Set<number>>();

function interviewedOn(app: Application, user: Employee): boolean {
  for (let i = 0; i < app.interviewCount; i++) {
    if (interviewAt(app, i).records.some(r => r.interviewer.openId === user.openId)) { return true; }
  }
  return false;
}

/** Indices of the applications whose records `user` may read. */
function visibleApplications(tenant: Tenant, user: Employee): Set<number> {
  const key = `${tenant.kind}/${user.openId}`;
  let fixed = fixedApplications.get(key);
  const apps = tenant.applications;
  if (!fixed) {
    fixed = new Set(apps.filter(a => !a.recent && interviewedOn(a, user)).map(a => a.index));
    fixedApplications.set(key, fixed);
  }
  const all = new Set(fixed);
  for (const app of apps) {
    if (app.recent && interviewedOn(app, user)) { all.add(app.index); }
  }
  return all;
}

/** Whether `user` may read the records of `app`. */
export function mayView(tenant: Tenant, user: Employee): (app: Application) => boolean {
  if (user.openId === RECRUITER.openId) { return () => true; }
  let visible: Set<number> | undefined;
  return app => (visible ??= visibleApplications(tenant, user)).has(app.index);
}

export interface InterviewTodo {
  interview: Interview;
}

export interface EvaluationTodo {
  id: string;
  application: Application;
}

/** Interviews of active applications where `user` still has a record to submit: ahead (to attend) or past (feedback owed). */
export function interviewTodos(tenant: Tenant, user: Employee): InterviewTodo[] {
  const out: InterviewTodo[] = [];
  for (const app of tenant.applications) {
    if (!app.active || app.interviewCount > TODO_SCAN_LIMIT) { continue; }
    for (let i = 0; i < app.interviewCount; i++) {
      if (recordCountOf(app, i) === 0) { continue; }
      const interview = interviewAt(app, i);
      if (interview.records.some(r => r.interviewer.openId === user.openId && r.commitStatus === 2)) { out.push({ interview }); }
    }
  }
  return out;
}

/** Résumé evaluations (评估): active applications still in their first stage, each assigned to one employee. */
export function evaluationTodos(tenant: Tenant, user: Employee): EvaluationTodo[] {
  const index = EMPLOYEES.findIndex(e => e.openId === user.openId);
  return tenant.applications.filter(app => app.active && app.stage.id === app.job.process.stages[0]?.id && hash32(77, app.index) % EMPLOYEES.length === index)
    .map(application => ({ id: makeId(IdKind.evaluation, application.index % 512, 0, application.createMs / 1000 + 3600), application }));
}
