// Job level IDs of the two kinds. The contact API knows levels by contact IDs ("mga5oa8ayjlp9rb"); Hire
// records carry numeric people-admin IDs by default, which the contact API does not resolve: only records
// asked for with job_level_id_type=job_level_id name levels it can look up.
import { hash32 } from './prng';
import { JOB_LEVELS, type Named } from './sampleTenant';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A deterministic 15-character contact ID for level `index`. */
function contactIdOf(index: number): string {
  let id = 'm';
  for (let k = 0; k < 14; k++) { id += ALPHABET[hash32(7, index, k) % ALPHABET.length]; }
  return id;
}

export interface ContactJobLevel {
  level: Named;
  contactId: string;
  order: number;
}

export const CONTACT_JOB_LEVELS: ContactJobLevel[] = JOB_LEVELS.map((level, i) => ({ level, contactId: contactIdOf(i), order: 100 * (i + 1) }));

const byPeopleAdminId = new Map(CONTACT_JOB_LEVELS.map(l => [l.level.id, l]));
export const byContactId = new Map(CONTACT_JOB_LEVELS.map(l => [l.contactId, l]));

export type JobLevelIdType = 'people_admin_job_level_id' | 'job_level_id';

/** The ID of a level as a Hire reply writes it for the requested `job_level_id_type`. */
export function levelIdFor(level: Named | undefined, type: JobLevelIdType): string | undefined {
  if (!level) { return undefined; }
  return type === 'job_level_id' ? byPeopleAdminId.get(level.id)?.contactId : level.id;
}

/** The scope tests switch off to refuse job-level names. */
export const JOB_LEVEL_SCOPE = 'contact:job_level:readonly';
