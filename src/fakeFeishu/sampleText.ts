// Small word tables for the sample tenant. Everything bigger (names, interview notes, the 10,000-
// character record) is composed from these by key, which keeps the bundled server small.
import { between, pick } from './prng';

export const ZH_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '欧阳'];
export const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '晓东',
  '子涵',
  '一诺',
  '浩然',
  '思远',
  '雨桐',
  '梓萱',
  '俊杰',
  '欣怡',
];
export const EN_FIRST = [
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Ava',
  'James',
  'Sophia',
  'Lucas',
  'Mia',
  'Ethan',
  'Chloé',
  'Mateo',
  'Zoë',
  'Aarav',
  'Yuki',
  'Priya',
];
export const EN_LAST = ['Wilson', 'Smith', 'Johnson', 'Brown', 'García', 'Müller', 'Nguyen', 'Kim', 'Patel', 'O\'Connor', 'Tanaka', 'Rossi', 'Novák', 'Dubois'];

/** Names whose display must survive escaping: markup, quotes, emoji, very long, right-to-left. */
export const TRICKY_NAMES = [
  '李<script>alert(1)</script>',
  'Robert"); DROP TABLE talents;--',
  'Ana 🌸 Lima',
  'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr. the Third of the Long Name',
  'مريم الحسن',
];

const ZH_NOTES = [
  '代码还行，只是不够聪明',
  '基础扎实，沟通清楚，对分布式系统有实际经验。',
  '算法题完成度一般，边界条件考虑不足。',
  '项目经历丰富，但深挖细节时回答比较模糊。',
  '对前端性能优化理解深入，能讲清楚浏览器渲染流程。',
  '表达能力强，有团队管理经验，建议进入下一轮。',
  '候选人迟到二十分钟，面试时间不足。',
  '系统设计思路清晰，能主动权衡一致性与可用性。',
  '英语口语流利，适合海外业务。',
  '薪资期望偏高，需要 HR 进一步沟通。',
];

const EN_NOTES = [
  'Solid fundamentals; explained the trade-offs of each approach clearly.',
  'Struggled with the coding exercise and missed several edge cases.',
  'Strong product sense. Asked good questions about our users.',
  'Good knowledge of TypeScript and Node.js; a little weak on databases.',
  'Communication was excellent — would be a great mentor for juniors.',
  'Needs more experience with large-scale systems before a senior role.',
  'Debugged the broken test quickly and wrote a clean fix.',
  'Recommend for the final round with the hiring manager.',
  'Salary expectation is above the band; discuss with HR.',
  'Candidate joined late because of a network issue; we ran out of time.',
];

const HEADINGS = ['【综合评价】', '【优势】', '【不足】', 'Summary:', 'Strengths:', 'Concerns:', '- '];

/** Notes that must be shown as text, never interpreted: markup, script end tags, emoji, control-ish characters. */
export const TRICKY_NOTES = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert("xss")</script>',
  '面试很顺利 👍🏻🎉 Great job! 🚀 家庭👨‍👩‍👧‍👦',
  'Tabs\tand\ttabs; CRLF line\r\nand a lone CR\rend; backslash \\ and "quotes" and \'single\'',
  '{{constructor.constructor("alert(1)")()}} ${process.exit()} %s %d %n',
  '**Markdown** _is_ `not` [rendered](javascript:alert(1)) <b>bold?</b> &amp; &lt;',
  'Line separator\u2028paragraph separator\u2029zero width\u200bjoiner\u200d RTL \u202eevil\u202c end',
  'Null-ish: \u0001\u0007 bell and a surrogate pair 𝕳𝖊𝖑𝖑𝖔 and combining e\u0301',
  'ﾃｽﾄ 테스트 テスト тест اختبار परीक्षण',
  '',
];

/** A multi-line interview note, Chinese, English or mixed, fixed by the key. */
export function interviewNote(...key: number[]): string {
  const lines: string[] = [];
  const count = between(1, 4, ...key, 1);
  const style = between(0, 2, ...key, 2);
  for (let i = 0; i < count; i++) {
    const zh = style === 0 || (style === 2 && i % 2 === 0);
    const heading = between(0, 2, ...key, 3, i) === 0 ? pick(HEADINGS, ...key, 4, i) : '';
    lines.push(heading + (zh ? pick(ZH_NOTES, ...key, 5, i) : pick(EN_NOTES, ...key, 5, i)));
  }
  return lines.join('\n');
}

/** About `length` characters of notes, for the one very long record. */
export function longNote(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const line = `${i + 1}. ${i % 2 === 0 ? ZH_NOTES[i % ZH_NOTES.length] : EN_NOTES[i % EN_NOTES.length]}`;
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join('\n').slice(0, length);
}
