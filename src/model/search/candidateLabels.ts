// How a candidate reads in Find Candidate: the name, and what tells two people of the same name apart (the newest
// job, a masked phone or e-mail). Contact details are masked: the pick list may be on a shared screen.
import type { TalentHit } from '../../feishu/talentSearch';
import type { Translate } from '../../feishu/translate';
import { plainName } from '../text/plainName';

export interface CandidateLabel {
  talentId: string;
  label: string;
  description: string;
}

/** `138****5678`: the first three and last four digits of a mobile number, fewer of a short one. */
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  if (digits.length < 7) { return '*'.repeat(digits.length); }
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

/** `c***@example.com`: the first letter of the mailbox and the domain. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) { return '***'; }
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

export function candidateLabel(hit: TalentHit, t: Translate): CandidateLabel {
  const name = plainName(hit.name ?? '') || t('(no name)');
  const job = hit.recentJob && [hit.recentJob.title, hit.recentJob.company].map(s => plainName(s ?? '')).filter(s => s !== '').join(' · ');
  const contact = hit.mobile ? maskMobile(hit.mobile) : hit.email ? maskEmail(plainName(hit.email)) : '';
  return { talentId: hit.id, label: name, description: [job, contact].filter(s => s).join('  ·  ') };
}
