import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOnly as t } from '../../src/feishu/translate';
import {
  commitStatusInfo,
  conclusionInfo,
  formatTimeRange,
  interviewerLabel,
  jobLevelRange,
  languageOf,
  roundLabel,
  scoreText,
} from '../../src/model/text/format';

const begin = Date.UTC(2021, 3, 20, 6, 16); // 14:16 in Shanghai
const end = Date.UTC(2021, 3, 20, 8, 2);

describe('format', () => {
  test('time ranges in the viewer\'s zone, zone always shown', () => {
    assert.equal(formatTimeRange(begin, end, { locale: 'en', timeZone: 'Asia/Shanghai', t }), 'Tue 20 Apr 2021 14:16–16:02 (GMT+8)');
    assert.equal(formatTimeRange(begin, end, { locale: 'en', timeZone: 'America/New_York', t }), 'Tue 20 Apr 2021 02:16–04:02 (GMT-4)');
    assert.equal(formatTimeRange(begin, end, { locale: 'zh-cn', timeZone: 'Asia/Shanghai', t }), '2021年4月20日 周二 14:16–16:02 (GMT+8)');
    assert.equal(formatTimeRange(begin, begin + 20 * 3_600_000, { locale: 'en', timeZone: 'UTC', t }), 'Tue 20 Apr 2021 06:16–Wed 21 Apr 2021 02:16 (GMT)');
    assert.equal(formatTimeRange(undefined, end, { locale: 'en', t }), 'Time unknown');
    assert.equal(formatTimeRange(0, 0, { locale: 'en', t }), 'Time unknown');
  });
  test('rounds count from one for people', () => {
    assert.equal(roundLabel(0, t), 'Round 1');
    assert.equal(roundLabel(undefined, t), 'Round ?');
  });
  test('every conclusion and commit status has a label, unknown values say so', () => {
    assert.deepEqual([1, 2, 3, 4, 5].map(c => conclusionInfo(c, t).label), ['Pass', 'Fail', 'Not started', 'Not submitted', 'No-show']);
    assert.equal(conclusionInfo(9, t).label, 'Unknown conclusion 9');
    assert.equal(conclusionInfo(1, t).tone, 'pass');
    assert.equal(commitStatusInfo(2, t).submitted, false);
    assert.equal(commitStatusInfo(1, t).label, 'Submitted');
  });
  test('scores in the user\'s language with the other one at hand', () => {
    const score = { id: '1', level: 3, zh_name: '3', zh_description: '通过', en_name: 'three', en_description: 'Pass' };
    // A name that spells the number out ("three", as the sample's English names do) repeats it as well (#23.2: "4 · four").
    assert.deepEqual(scoreText(score, 'en', t), { level: '3', name: undefined, description: 'Pass', otherName: '3', otherDescription: '通过', missing: false });
    assert.equal(scoreText({ ...score, en_name: 'Strong hire' }, 'en', t).name, 'Strong hire');
    assert.equal(scoreText(score, 'zh', t).description, '通过');
    // A name that is the score's number is not shown twice ("4" and "4"); the description still is.
    assert.deepEqual(scoreText(score, 'zh', t), {
      level: '3',
      name: undefined,
      description: '通过',
      otherName: 'three',
      otherDescription: 'Pass',
      missing: false,
    });
    assert.equal(scoreText({ id: '1', level: 2, en_name: 'Borderline' }, 'zh', t).name, 'Borderline');
    assert.equal(scoreText(undefined, 'en', t).missing, true);
  });
  test('interviewer names fall back to the ID', () => {
    assert.equal(interviewerLabel({ raw: {}, id: 'r', user_id: 'ou_1', interviewer: { name: { zh_cn: '李娜', en_us: 'Li Na' } } }, 'zh', t), '李娜');
    assert.equal(interviewerLabel({ raw: {}, id: 'r', user_id: 'ou_1' }, 'en', t, new Map([['ou_1', 'Ann']])), 'Ann');
    assert.equal(interviewerLabel({ raw: {}, id: 'r', user_id: 'ou_1' }, 'en', t), 'ou_1');
    assert.equal(interviewerLabel({ raw: {}, id: 'r' }, 'en', t), 'Unknown interviewer');
  });
  test('languages and level ranges', () => {
    assert.equal(languageOf('zh-cn'), 'zh');
    assert.equal(languageOf('zh-tw'), 'zh');
    assert.equal(languageOf('en'), 'en');
    assert.equal(jobLevelRange('L4', 'L5', t), 'L4 to L5');
    assert.equal(jobLevelRange(undefined, undefined, t), undefined);
  });
});
