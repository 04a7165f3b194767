// @ts-check
// Score details page. Everything from the server is untrusted: it is set with textContent, never as HTML.
// Messages and the model are typed in src/webview/scoreDetails/protocol.ts (checked with media/tsconfig.json).
/** @typedef {import('../src/webview/scoreDetails/protocol').ScoreDetailsModel} ScoreDetailsModel */
/** @typedef {import('../src/webview/scoreDetails/protocol').HostMessage} HostMessage */
/** @typedef {import('../src/webview/scoreDetails/protocol').ComparisonRow} ComparisonRow */
(function () {
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  /** @type {ScoreDetailsModel | undefined} */
  let model;
  let showOther = false;
  const { el, aside, button, badge, fact, scorecard, announce } = window.FeishuPage;

  function render() {
    if (!model) { return; }
    const t = model.text;
    const s = model.score;
    const hasOther = Boolean(s.otherName || s.otherDescription) && (s.otherName !== s.name || s.otherDescription !== s.description);
    const name = showOther && hasOther ? s.otherName || s.name : s.name;
    const description = showOther && hasOther ? s.otherDescription || s.description : s.description;

    const scoreCard = s.missing
      ? el('section', { class: 'score missing', 'aria-label': t.score }, el('div', { class: 'level' }, '—'), el('div', { class: 'score-text' }, el('div', { class: 'score-name' }, t.noScore)))
      : el('section', { class: 'score', 'aria-label': t.score },
        el('div', { class: 'level', title: t.score }, s.level || '—'),
        el('div', { class: 'score-text' },
          el('div', { class: 'score-name' }, name || ''),
          el('div', { class: 'score-description' }, description || ''),
          hasOther && button(showOther ? t.showMine : t.showOther, () => { showOther = !showOther; render(); }, true, 'language')));

    const table = el('table', { class: 'comparison', 'aria-labelledby': 'others-heading' },
      el('thead', {}, el('tr', {}, ...[t.colInterviewer, t.colConclusion, t.colScore, t.colCommit, t.colNotes].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...model.rows.map(/** @param {ComparisonRow} r */ r => el('tr', r.current ? { class: 'current', 'aria-current': 'true' } : {},
        el('th', { scope: 'row' }, r.interviewer, r.current ? aside(t.thisRecord) : undefined),
        el('td', {}, badge(r.tone, r.conclusion)),
        el('td', {}, r.score),
        el('td', {}, r.commit),
        el('td', { class: 'excerpt' }, r.excerpt)))));

    /** @type {Array<HTMLElement | undefined>} */
    const parts = [
      model.sample ? el('div', { class: 'banner', role: 'note' }, t.sample) : undefined,
      el('header', {},
        el('h1', {}, model.title),
        el('p', { class: 'muted' }, [model.round, model.time, model.stage].filter(Boolean).join(' · '))),
      el('div', { class: 'toolbar' },
        button(t.copyJson, () => vscode.postMessage({ type: 'copyJson' }), false, 'copyJson'),
        button(t.reveal, () => vscode.postMessage({ type: 'reveal' }), true, 'reveal'),
        button(t.refresh, () => vscode.postMessage({ type: 'refresh' }), true, 'refresh'),
        button(t.debrief, () => vscode.postMessage({ type: 'debrief' }), true, 'debrief')),
      scoreCard,
      el('dl', { class: 'facts' },
        fact(t.conclusion, badge(model.conclusion.tone, model.conclusion.label)),
        fact(t.commitStatus, model.commit.submitted === false ? el('span', { class: 'tone-warning' }, model.commit.label) : model.commit.label),
        fact(t.suggestedLevel, model.levelRange === undefined ? undefined
          : el('span', {}, model.levelRange, model.levelNote ? el('div', { class: 'muted level-note' }, model.levelNote) : undefined)),
        fact(t.interviewer, model.interviewer)),
      model.scorecard ? scorecard(model.scorecard, t) : undefined,
      el('section', { class: 'notes', 'aria-label': t.notes },
        el('h2', {}, t.notes),
        model.content ? el('div', { class: 'content' }, model.content) : el('p', { class: 'muted' }, t.noNotes)),
      el('section', { class: 'others' }, el('h2', { id: 'others-heading' }, t.otherInterviewers), table),
      el('footer', { class: 'muted' }, model.loadedAt),
    ];
    // A re-render (the scorecard filled in, the other language) keeps the keyboard focus on the same button.
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    const focused = active && app.contains(active) ? active.dataset['key'] : undefined;
    // replaceChildren(undefined) would insert the text "undefined": keep only real nodes.
    app.replaceChildren(...parts.filter(/** @returns {p is HTMLElement} */ p => p !== undefined));
    if (focused) { /** @type {HTMLElement | null} */ (app.querySelector(`[data-key="${focused}"]`))?.focus(); }
    // Said once per state: the record shown, the scorecard on its way, then filled in (or why it is missing).
    const card = model.scorecard;
    announce([model.title, card?.loading ? card.notice : card?.sections.length ? t.scorecard : card?.notice].filter(Boolean).join(' · '));
  }

  window.addEventListener('message', event => {
    const message = /** @type {HostMessage} */ (event.data);
    if (message && message.type === 'show') {
      model = message.model;
      showOther = false;
      // VS Code writes this state to disk unencrypted: the record and the session only, never what was read.
      vscode.setState({ target: model.target, owner: model.owner });
      render();
    } else if (message && message.type === 'error') {
      app.replaceChildren(el('p', { class: 'error', role: 'alert' }, String(message.message)));
      announce('');
    }
  });

  // The host sends the page again (the last one shown, or read afresh after a reload) once it hears ready.
  vscode.postMessage({ type: 'ready' });
})();
