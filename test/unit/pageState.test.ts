// The score details page's saved state (#18.5): VS Code writes it into the workspace's storage in plain text, so it
// names the record and the session and holds nothing read from the service. The page script runs here in a vm
// with the few DOM calls it makes stubbed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { formatOnly } from '../../src/feishu/translate';
import { buildDebriefModel } from '../../src/webview/debrief/debriefModel';
import { isPageMessage as isDebriefMessage, parsePageState as parseDebriefState, type DebriefModel } from '../../src/webview/debrief/protocol';
import { parsePageState, type HostMessage, type ScoreDetailsModel } from '../../src/webview/scoreDetails/protocol';

const media = (file: string): string => readFileSync(join(__dirname, '..', '..', '..', 'media', file), 'utf8');
/** The shared parts run first, as the page's script tags load them. */
const script = media('pageParts.js') + '\n' + media('scoreDetails.js');

/** A DOM node that accepts every call render makes and remembers nothing. */
function fakeNode(): Record<string, unknown> {
  return new Proxy({}, { get: (_target, key) => key === 'classList' || key === 'style' || key === 'dataset' ? fakeNode() : () => fakeNode(), set: () => true });
}

function loadPage(saved?: unknown, source = script) {
  const states: unknown[] = [];
  const posted: unknown[] = [];
  let onMessage: ((event: { data: HostMessage; }) => void) | undefined;
  runInNewContext(source, {
    acquireVsCodeApi: () => ({ getState: () => saved, setState: (s: unknown) => states.push(s), postMessage: (m: unknown) => posted.push(m) }),
    document: { getElementById: () => fakeNode(), createElement: () => fakeNode(), createTextNode: () => fakeNode() },
    window: {
      addEventListener: (type: string, listener: typeof onMessage) => {
        if (type === 'message') { onMessage = listener; }
      },
    },
  });
  return { states, posted, show: (model: ScoreDetailsModel | DebriefModel) => onMessage?.({ data: { type: 'show', model } as HostMessage }) };
}

const NOTE = 'Candidate struggled with recursion; do not hire (private note)';
const TARGET = { root: 'pinned', applicationId: '6100000000000000001', interviewId: '7100000000000000001', recordId: '7200000000000000001' } as const;

function model(): ScoreDetailsModel {
  return {
    target: TARGET,
    owner: 'p1|https://open.feishu.cn|cli_a1',
    sample: false,
    title: 'Score details · 张伟',
    score: { level: 'A', missing: false, name: 'Strong', description: 'Clearly above the bar' },
    conclusion: { label: 'Pass', tone: 'pass' },
    commit: { label: 'Submitted', submitted: true },
    interviewer: '李娜',
    content: NOTE,
    round: 'Round 1',
    time: 'Tue 20 Apr 2021',
    loadedAt: 'now',
    rows: [{
      recordId: '7200000000000000002',
      interviewer: 'Wang Lei',
      tone: 'fail',
      conclusion: 'Fail',
      score: 'C',
      commit: 'Submitted',
      excerpt: 'Weak on systems design',
      current: false,
    }],
    scorecard: { columns: [], sections: [] },
    text: new Proxy({}, { get: (_t, key) => String(key) }) as ScoreDetailsModel['text'],
  } as ScoreDetailsModel;
}

describe('score details: what the page saves (#18.5)', () => {
  test('showing a record saves its target and session only: no notes, excerpts, names or scores', () => {
    const page = loadPage();
    assert.deepEqual(JSON.parse(JSON.stringify(page.posted)), [{ type: 'ready' }]);
    page.show(model());
    assert.equal(page.states.length, 1);
    assert.deepEqual(JSON.parse(JSON.stringify(page.states[0])), { target: TARGET, owner: 'p1|https://open.feishu.cn|cli_a1' });
    const text = JSON.stringify(page.states);
    for (const secret of [NOTE, 'Weak on systems design', '李娜', '张伟', 'Strong']) { assert.ok(!text.includes(secret), secret); }
  });

  test('a page state from an older version (the whole model) or junk is not revived; a target and owner are', () => {
    assert.equal(parsePageState({ model: model() }), undefined);
    for (
      const junk of [undefined, null, 'x', {}, { target: TARGET }, { target: { ...TARGET, root: 'other' }, owner: 'o' }, {
        target: { ...TARGET, recordId: '1/../2' },
        owner: 'o',
      }]
    ) {
      assert.equal(parsePageState(junk), undefined, JSON.stringify(junk));
    }
    assert.deepEqual(parsePageState({ target: { ...TARGET, extra: 1 }, owner: 'o', model: { content: NOTE } }), { target: TARGET, owner: 'o' });
  });
});

describe('the debrief page: what it saves and what it may ask (#21)', () => {
  test('it saves the application and the session only; a record action names a record ID, and junk is refused', () => {
    const page = loadPage(undefined, media('pageParts.js') + '\n' + media('debrief.js'));
    const model = buildDebriefModel({
      target: { applicationId: TARGET.applicationId },
      owner: 'p1',
      sample: false,
      interviews: [{
        raw: {},
        id: TARGET.interviewId,
        round: 0,
        interview_record_list: [{ raw: {}, id: TARGET.recordId, conclusion: 1, commit_status: 1, content: NOTE }],
      }],
      candidate: '张伟',
      lang: 'en',
      locale: 'en',
      t: formatOnly,
      now: 0,
    });
    page.show(model);
    assert.deepEqual(JSON.parse(JSON.stringify(page.states)), [{ target: { applicationId: TARGET.applicationId }, owner: 'p1' }]);
    assert.ok(!JSON.stringify(page.states).includes(NOTE));
    assert.deepEqual(parseDebriefState({ target: { applicationId: '1/2' }, owner: 'o' }), undefined);
    assert.equal(isDebriefMessage({ type: 'copyJson', recordId: TARGET.recordId }), true);
    for (const junk of [{ type: 'copyJson' }, { type: 'reveal', recordId: '1 OR 1' }, { type: 'openDetails', recordId: 7 }, { type: 'eval' }, null]) {
      assert.equal(isDebriefMessage(junk), false, JSON.stringify(junk));
    }
  });
});
