// What the user typed into Find Candidate: a phone number or an e-mail goes to the exact ID lookup, anything else to
// the keyword search. Plain text, no `vscode`.
import type { ContactQuery } from '../../feishu/talentSearch';

export type CandidateQuery = { kind: 'empty'; } | { kind: 'keyword'; keyword: string; } | { kind: 'contact'; contact: ContactQuery; };

/** The talents list takes keywords of up to a few words; longer text is cut, never sent whole. */
export const MAX_KEYWORD_LENGTH = 100;
const EMAIL = /^[^\s@<>"',;]{1,64}@[^\s@<>"',;]{1,255}\.[^\s@<>"',;.]{2,63}$/;

export function classifyQuery(text: string): CandidateQuery {
  // Line breaks and controls from a paste become spaces: a keyword is one line.
  const value = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  if (value === '') { return { kind: 'empty' }; }
  if (EMAIL.test(value)) { return { kind: 'contact', contact: { kind: 'email', email: value.toLowerCase() } }; }
  const phone = phoneOf(value);
  if (phone) { return { kind: 'contact', contact: phone }; }
  return { kind: 'keyword', keyword: [...value].slice(0, MAX_KEYWORD_LENGTH).join('') };
}

/** `13812345678`, `138 1234 5678`, `+86 138-1234-5678`, `(+65) 9123 4567`: digits with separators, 7 to 15 of them. */
function phoneOf(value: string): ContactQuery | undefined {
  if (!/^\(?\+?[\d\s().-]+$/.test(value)) { return undefined; }
  const plus = /^\(?\+/.test(value);
  const digits = value.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) { return undefined; }
  if (plus) {
    // A country code after "+": 86 (China), else the shortest of 1 to 3 digits that leaves a full number.
    const code = digits.startsWith('86') ? '86' : /^(1|7)/.test(digits) ? digits.slice(0, 1) : digits.slice(0, 2);
    return { kind: 'mobile', mobileCode: code, number: digits.slice(code.length) };
  }
  return { kind: 'mobile', mobileCode: '86', number: digits };
}
