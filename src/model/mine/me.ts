// Who "I" am for Only Mine and Copy Reminder: the signed-in person, by the one ID type the profile's records name
// interviewers with, or the interviewer picked once with "I Am…". Pure: no `vscode` import.
import type { InterviewRecord, UserIdType } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import type { Viewer } from '../noPeeking/othersHidden';
import { pickI18n, type Lang } from '../text/format';
import { plainNameOf } from '../text/plainName';

/** The IDs user_info returned: open_id always, union_id usually, user_id only with contact:user.employee_id:readonly. */
export interface UserIds {
  openId: string;
  unionId?: string;
  userId?: string;
}

export interface Me extends Viewer {
  name?: string;
  from: 'signedIn' | 'picked';
}

/**
 * The signed-in person as the records name them: interviewer IDs come in the profile's user_id_type, so only the ID
 * of that type can match (an open_id is per app, which is the profile's own app here). Undefined when user_info did
 * not return it (user_id without its scope): then "I Am…" is the way.
 */
export function meOfUser(user: UserIds & { name?: string; }, type: UserIdType): Me | undefined {
  const id = type === 'union_id' ? user.unionId : type === 'user_id' ? user.userId : user.openId;
  return id ? { ids: new Set([id]), name: user.name, from: 'signedIn' } : undefined;
}

/** The person's name in the viewer's language: user_info's `name` is the Chinese one where both are set. */
export function userNameIn(user: { name: string; enName?: string; }, lang: Lang): string {
  return lang === 'en' && user.enName ? user.enName : user.name;
}

export function meOfPick(pick: IAmPick): Me {
  return { ids: new Set([pick.id]), name: pick.name, from: 'picked' };
}

/** The key a record names its interviewer by (as Feedback Owed groups them). */
export function interviewerKeyOf(record: InterviewRecord): string {
  return record.interviewer?.id || record.user_id || '';
}

export function isMyKey(key: string, me: Viewer | undefined): boolean {
  return me !== undefined && key !== '' && me.ids.has(key);
}

/** The interviews I am an interviewer of. */
export function ofMine(interviews: readonly ParsedInterview[], me: Viewer): ParsedInterview[] {
  return interviews.filter(i => i.interview_record_list.some(r => isMyKey(interviewerKeyOf(r), me)));
}

export interface SeenInterviewer {
  id: string;
  name?: string;
  interviews: number;
}

/** The interviewers these interviews name, most interviews first: what "I Am…" offers. */
export function interviewersSeen(interviews: readonly ParsedInterview[], lang: Lang): SeenInterviewer[] {
  const seen = new Map<string, SeenInterviewer>();
  for (const interview of interviews) {
    const here = new Set<string>();
    for (const record of interview.interview_record_list) {
      const id = interviewerKeyOf(record);
      if (id === '' || here.has(id)) { continue; }
      here.add(id);
      const entry = seen.get(id) ?? { id, interviews: 0 };
      entry.name ??= plainNameOf(pickI18n(record.interviewer?.name, lang));
      entry.interviews++;
      seen.set(id, entry);
    }
  }
  return [...seen.values()].sort((a, b) => b.interviews - a.interviews || (a.name ?? a.id).localeCompare(b.name ?? b.id));
}

export interface IAmPick {
  id: string;
  name?: string;
}

/** The picks as stored in globalState; anything damaged or oversized is dropped, never trusted. */
export function readPicks(value: unknown): Record<string, IAmPick> {
  const out: Record<string, IAmPick> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) { return out; }
  for (const [profile, pick] of Object.entries(value as Record<string, unknown>)) {
    if (typeof pick !== 'object' || pick === null || profile === '__proto__') { continue; }
    const { id, name } = pick as Record<string, unknown>;
    if (typeof id === 'string' && id !== '' && id.length <= 200) { out[profile] = { id, name: typeof name === 'string' ? name.slice(0, 200) : undefined }; }
  }
  return out;
}
