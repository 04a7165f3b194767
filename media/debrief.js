// @ts-check
// Debrief page: a candidate's rounds, the roll-up and every dimension across rounds. Everything from the server is
// untrusted and set as text (media/pageParts.js). Typed in src/webview/debrief/protocol.ts.
/** @typedef {import('../src/webview/debrief/protocol').DebriefModel} DebriefModel */
/** @typedef {import('../src/webview/debrief/protocol').HostMessage} DebriefHostMessage */
/** @typedef {import('../src/webview/debrief/protocol').DebriefRecord} DebriefRecord */
/** @typedef {import('../src/webview/debrief/protocol').RecordAction} RecordAction */
(function () {
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const { el, button, badge, fact, scorecard, announce } = window.FeishuPage;
  /** @type {DebriefModel | undefined} */
  let model;
  /** Notes shown whole, by record ID: kept across re-renders (the scorecards arriving). */
  const opened = new Set();

  /** @param {RecordAction} type @param {string} recordId */
  function act(type, recordId) {
    vscode.postMessage({ type, recordId });
  }

  /** The three record actions, as small links under a cell. @param {string} recordId @param {Record<string, string>} t */
  function actions(recordId, t) {
    /** @param {RecordAction} type @param {string} label */
    const link = (type, label) => {
      const b = el('button', { type: 'button', class: 'link', 'data-action': type, 'data-record': recordId }, label);
      b.addEventListener('click', () => act(type, recordId));
      return b;
    };
    return el('div', { class: 'record-actions' }, link('openDetails', t.openDetails), link('reveal', t.reveal), link('copyJson', t.copyJson));
  }

  /** @param {DebriefRecord} r @param {Record<string, string>} t */
  function note(r, t) {
    if (!r.note) { return el('span', { class: 'muted' }, t.noNotes); }
    const whole = opened.has(r.recordId);
    const short = r.noteLine !== r.note;
    return el('div', { class: 'note' },
      el('div', { class: whole ? 'content' : 'note-line' }, whole ? r.note : r.noteLine),
      short ? button(whole ? t.hideNote : t.showNote, () => {
        if (whole) { opened.delete(r.recordId); } else { opened.add(r.recordId); }
        render();
      }, true) : undefined);
  }

  function render() {
    const m = model;
    if (!m) { return; }
    const t = m.text;
    const rounds = m.rounds.length === 0 ? [el('p', { class: 'muted' }, t.noRounds)] : m.rounds.map(round =>
      el('section', { class: 'round', 'data-interview': round.interviewId },
        el('h3', {}, round.title, el('span', { class: 'muted' }, ` · ${round.time}`)),
        el('table', { class: 'comparison' },
          el('thead', {}, el('tr', {}, ...[t.colInterviewer, t.colConclusion, t.colScore, t.colTotal, t.colNotes].map(h => el('th', { scope: 'col' }, h)))),
          el('tbody', {}, ...round.records.map(r => el('tr', { 'data-record': r.recordId, class: r.mark ? 'marked' : '' },
            el('th', { scope: 'row' }, r.interviewer, actions(r.recordId, t)),
            el('td', {}, badge(r.tone, r.conclusion), r.mark && !r.conclusion.includes(r.mark) ? el('div', { class: 'tone-warning' }, r.mark) : undefined),
            el('td', {}, r.score),
            el('td', {}, r.total || '—'),
            el('td', { class: 'excerpt' }, note(r, t))))))));
    const recordIds = m.scorecard.columns.map(c => c.recordId);
    const parts = [
      m.sample ? el('div', { class: 'banner', role: 'note' }, t.sample) : undefined,
      el('header', {},
        el('h1', {}, m.title),
        el('dl', { class: 'facts' }, fact(t.candidate, m.candidate), fact(t.job, m.job), fact(t.stage, m.stage))),
      el('div', { class: 'toolbar' },
        button(t.copyMarkdown, () => vscode.postMessage({ type: 'copyMarkdown' })),
        button(t.refresh, () => vscode.postMessage({ type: 'refresh' }), true)),
      m.notice ? el('p', { class: 'notice', role: 'note' }, m.notice) : undefined,
      el('section', { class: 'rollup', 'aria-label': t.rollup },
        el('h2', {}, t.rollup),
        el('dl', { class: 'facts' },
          fact(t.conclusions, el('div', { class: 'counts' },
            ...m.rollup.counts.map(c => el('span', { class: `count${c.count === 0 ? ' zero' : ''}` }, badge(c.tone, c.label), ` ${c.count}`)))),
          fact(t.totals, m.rollup.totals),
          fact(t.levels, m.rollup.levels.length === 0 ? undefined : el('ul', { class: 'levels' }, ...m.rollup.levels.map(l => el('li', {}, `${l.who}: ${l.range}`)))),
          fact(t.overlap, m.rollup.overlap))),
      el('section', { class: 'rounds', 'aria-label': t.rounds }, el('h2', {}, t.rounds), ...rounds),
      scorecard({ ...m.scorecard }, { ...t, scorecard: t.dimensions, thisRecord: '' }, {
        label: i => m.columnRounds[i] || '',
        actions: i => recordIds[i] ? actions(/** @type {string} */ (recordIds[i]), t) : undefined,
      }),
      el('footer', { class: 'muted' }, m.loadedAt),
    ];
    app.replaceChildren(...parts.filter(/** @returns {p is HTMLElement} */ p => p !== undefined));
    announce(m.title); // the shell's status region said "Loading…" until now
  }

  window.addEventListener('message', event => {
    const message = /** @type {DebriefHostMessage} */ (event.data);
    if (message && message.type === 'show') {
      const shown = message.model;
      model = shown;
      // Written to disk unencrypted: the application and the session only, never what was read.
      vscode.setState({ target: shown.target, owner: shown.owner });
      render();
    } else if (message && message.type === 'error') {
      app.replaceChildren(el('p', { class: 'error', role: 'alert' }, String(message.message)));
      announce('');
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
