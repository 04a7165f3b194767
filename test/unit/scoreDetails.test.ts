import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOnly as t } from '../../src/feishu/translate';
import type { JsonObject } from '../../src/feishu/types';
import { parseInterview } from '../../src/feishu/validate';
import { buildScoreDetailsModel } from '../../src/webview/scoreDetails/scoreDetailsModel';
import { contentSecurityPolicy, createNonce, renderPageShell } from '../../src/webview/shared/pageShell';

const XSS = ['<img src=x onerror=alert(1)>', '</script><script>alert(1)</script>', '"><svg onload=alert(1)>', '${alert(1)}'];

function interview(content: string, extra: JsonObject = {}) {
  return parseInterview({
    id: '7100000000000000001',
    begin_time: Date.UTC(2021, 3, 20, 6, 16),
    end_time: Date.UTC(2021, 3, 20, 8, 2),
    round: 1,
    stage_id: '42',
    interview_record_list: [
      {
        id: 'r1',
        user_id: XSS[0]!,
        content,
        conclusion: 1,
        commit_status: 1,
        min_job_level_id: XSS[1]!,
        max_job_level_id: 'L5',
        interview_score: {
          id: 's',
          level: 3,
          zh_name: XSS[2]!,
          zh_description: '通过, 能力达到要求, 建议录用',
          en_name: 'Meets the bar',
          en_description: XSS[3]!,
        },
        ...extra,
      },
      { id: 'r2', user_id: 'ou_2', content: 'short', conclusion: 2, commit_status: 1 },
      { id: 'r3', user_id: 'ou_3', conclusion: 4, commit_status: 2 },
    ],
  }, 'item');
}

const base = {
  target: { root: 'all' as const, applicationId: '1', interviewId: '7100000000000000001', recordId: 'r1' },
  owner: 'test',
  locale: 'en',
  timeZone: 'Asia/Shanghai',
  t,
  sample: false,
  now: Date.UTC(2026, 10, 24),
};

describe('score details', () => {
  test('the model carries every field, in the user\'s language, with all interviewers side by side', () => {
    const m = buildScoreDetailsModel({ ...base, interview: interview('notes'), lang: 'en' })!;
    assert.equal(m.score.level, '3');
    assert.equal(m.score.name, 'Meets the bar');
    assert.equal(m.score.otherDescription, '通过, 能力达到要求, 建议录用');
    assert.equal(m.conclusion.label, 'Pass');
    assert.equal(m.commit.label, 'Submitted');
    assert.equal(m.round, 'Round 2');
    assert.equal(m.time, 'Tue 20 Apr 2021 14:16–16:02 (GMT+8)');
    assert.deepEqual(m.rows.map(r => [r.recordId, r.conclusion, r.current]), [['r1', 'Pass', true], ['r2', 'Fail', false], ['r3', 'Not submitted', false]]);
    const zh = buildScoreDetailsModel({ ...base, interview: interview('notes'), lang: 'zh' })!;
    assert.equal(zh.score.description, '通过, 能力达到要求, 建议录用');
    assert.equal(zh.score.otherName, 'Meets the bar');
  });

  test('a missing score says "No score given"; an unknown record gives no model', () => {
    const m = buildScoreDetailsModel({ ...base, target: { ...base.target, recordId: 'r3' }, interview: interview('x'), lang: 'en' })!;
    assert.equal(m.score.missing, true);
    assert.equal(m.text.noScore, 'No score given');
    assert.equal(m.rows[0]!.score, '3 · Meets the bar');
    assert.equal(m.rows[2]!.score, '—');
    assert.equal(buildScoreDetailsModel({ ...base, target: { ...base.target, recordId: 'nope' }, interview: interview('x'), lang: 'en' }), undefined);
  });

  test('a 10,000-character note survives intact; the table shows an excerpt', () => {
    const long = 'é中'.repeat(5000);
    const m = buildScoreDetailsModel({ ...base, interview: interview(long), lang: 'en' })!;
    assert.equal(m.content, long);
    assert.ok(m.rows[0]!.excerpt.length <= 141);
  });

  test('the HTML shell holds no server text, a strict CSP and a fresh nonce on every script', () => {
    const a = createNonce();
    const b = createNonce();
    assert.notEqual(a, b);
    assert.match(a, /^[A-Za-z0-9_-]{24}$/);
    const html = renderPageShell({
      cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
      nonce: a,
      scriptUris: ['https://x/media/pageParts.js', 'https://x/media/scoreDetails.js'],
      styleUris: ['https://x/media/scoreDetails.css'],
      lang: 'en',
      title: XSS[1]!,
      loadingText: XSS[0]!,
    });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, new RegExp(`script-src 'nonce-${a}'`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    const tags = html.match(/<[^>]+>/g) ?? [];
    assert.deepEqual(tags.filter(tag => /^<(img|svg)|alert/i.test(tag)), [], 'hostile text never becomes a tag');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'it stays visible as text');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 2);
    for (const s of scripts) { assert.ok(s.includes(`nonce="${a}"`), s); }
    assert.deepEqual(tags.filter(tag => /\son[a-z]+=|\sstyle=/i.test(tag)), [], 'no inline handlers or styles');
  });

  test('the shell tells a screen reader its state from one status region, not by re-reading the whole page', () => {
    const html = renderPageShell({
      cspSource: 'S',
      nonce: 'N',
      scriptUris: ['p', 's'],
      styleUris: ['c'],
      lang: 'zh',
      title: '面评详情',
      loadingText: '正在加载…',
    });
    assert.match(html, /<html lang="zh-CN">/);
    assert.match(html, /<div id="status" class="visually-hidden" role="status">正在加载…<\/div>/);
    assert.doesNotMatch(html, /aria-live/, 'a live main would read the whole page again on every render');
  });

  test('hostile strings pass through the model as plain text, for textContent', () => {
    const m = buildScoreDetailsModel({ ...base, interview: interview(XSS.join('\n')), lang: 'en' })!;
    assert.equal(m.content, XSS.join('\n'));
    assert.equal(m.interviewer, XSS[0]);
    assert.equal(m.levelRange, `${XSS[1]} to L5`);
    assert.equal(contentSecurityPolicy('S', 'N'), 'default-src \'none\'; style-src S; font-src S; img-src S; script-src \'nonce-N\'');
  });
});
