// @ts-check
// Score details page. Everything from the server is untrusted: it is set with textContent, never as HTML.
// Messages and the model are typed in src/webview/scoreDetails/protocol.ts (checked with media/tsconfig.json).
/** @typedef {import('../src/webview/scoreDetails/protocol').ScoreDetailsModel} ScoreDetailsModel */
/** @typedef {import('../src/webview/scoreDetails/protocol').HostMessage} HostMessage */
/** @typedef {import('../src/webview/scoreDetails/protocol').ComparisonRow} ComparisonRow */
/** @typedef {import('../src/webview/scoreDetails/protocol').ScorecardView} ScorecardView */
/** @typedef {import('../src/webview/scoreDetails/protocol').ScorecardRow} ScorecardRow */
(function () {
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  const status = /** @type {HTMLElement} */ (document.getElementById('status'));
  /** @param {string} text  said by a screen reader (the status region is polite) */
  const announce = text => { if (status.textContent !== text) { status.textContent = text; } };
  /** @type {ScoreDetailsModel | undefined} */
  let model;
  let showOther = false;
  const SYMBOL = { pass: '✓', fail: '✗', pending: '…', neutral: '○', warning: '!', unknown: '?' };

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attrs]
   * @param {Array<Node | string | undefined | false>} children
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) { node.setAttribute(key, value); }
    for (const child of children) {
      if (child === undefined || child === false) { continue; }
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /**
   * @param {string} key  names the button across renders, so focus stays on it when the page re-renders
   * @param {string} label @param {() => void} onClick @param {boolean} [secondary]
   */
  function button(key, label, onClick, secondary) {
    const b = el('button', { type: 'button', class: secondary ? 'secondary' : '', 'data-key': key }, label);
    b.addEventListener('click', onClick);
    return b;
  }

  /** @param {string} tone @param {string} label */
  function badge(tone, label) {
    return el('span', { class: `badge tone-${tone}` }, el('span', { class: 'symbol', 'aria-hidden': 'true' }, SYMBOL[/** @type {keyof typeof SYMBOL} */ (tone)] || '?'), label);
  }

  /** @param {string} term @param {Node | string | undefined} value @returns {HTMLElement | undefined} */
  function fact(term, value) {
    return value === undefined || value === '' ? undefined : el('div', { class: 'fact' }, el('dt', {}, term), el('dd', {}, value));
  }

  /**
   * Interviewers side by side: one column each, one row per dimension or question, the current record marked.
   * @param {ScorecardView} card @param {Record<string, string>} t
   */
  function scorecard(card, t) {
    const current = card.columns.map(c => c.current);
    /** @param {number} i @returns {Record<string, string>} */
    const cellAttrs = i => (current[i] ? { class: 'current' } : {});
    const head = el('tr', {}, el('th', { scope: 'col' }, t.dimension), ...card.columns.map((c, i) => el('th', { scope: 'col', ...cellAttrs(i) },
      c.interviewer, c.current ? el('span', { class: 'muted' }, ` (${t.thisRecord})`) : undefined,
      c.status ? el('div', { class: 'muted' }, c.status) : undefined)));
    const total = el('tr', { class: 'total' }, el('th', { scope: 'row' }, t.totalScore),
      ...card.columns.map((c, i) => el('td', cellAttrs(i), c.total || '—')));
    /** @type {HTMLElement[]} */
    const body = [total];
    for (const section of card.sections) {
      body.push(el('tr', { class: 'module' },
        el('th', { scope: 'row' }, section.title, section.detail ? el('span', { class: 'muted' }, ` · ${section.detail}`) : undefined),
        ...section.scores.map((score, i) => el('td', cellAttrs(i), score))));
      for (const row of section.rows) {
        body.push(el('tr', { class: `${row.kind}${row.disagree ? ' disagree' : ''}` },
          el('th', { scope: 'row' },
            row.disagree ? el('span', { class: 'disagree-mark', title: t.disagree, 'aria-hidden': 'true' }, '≠ ') : undefined,
            row.disagree ? el('span', { class: 'visually-hidden' }, `${t.disagree}: `) : undefined,
            row.label,
            row.detail ? el('div', { class: 'muted' }, row.detail) : undefined),
          ...row.cells.map((cell, i) => el('td', cellAttrs(i),
            cell.empty ? el('span', { class: 'muted' }, '—') : el('span', { class: 'answer' }, cell.text),
            cell.score ? el('span', { class: 'option-score' }, cell.score) : undefined))));
      }
    }
    return el('section', { class: 'scorecard', 'aria-labelledby': 'scorecard-heading' },
      el('h2', { id: 'scorecard-heading' }, t.scorecard),
      card.notice ? el('p', card.loading ? { class: 'muted' } : { class: 'notice', role: 'note' }, card.notice) : undefined,
      // Wider than the panel, the table scrolls: focusable, so the keyboard can scroll it too.
      card.sections.length > 0 ? el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': t.scorecard }, el('table', { class: 'scorecard', 'aria-labelledby': 'scorecard-heading' }, el('thead', {}, head), el('tbody', {}, ...body))) : undefined);
  }

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
          hasOther && button('language', showOther ? t.showMine : t.showOther, () => { showOther = !showOther; render(); }, true)));

    const table = el('table', { class: 'comparison', 'aria-labelledby': 'others-heading' },
      el('thead', {}, el('tr', {}, ...[t.colInterviewer, t.colConclusion, t.colScore, t.colCommit, t.colNotes].map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...model.rows.map(/** @param {ComparisonRow} r */ r => el('tr', r.current ? { class: 'current', 'aria-current': 'true' } : {},
        el('th', { scope: 'row' }, r.interviewer, r.current ? el('span', { class: 'muted' }, ` (${t.thisRecord})`) : undefined),
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
        button('copyJson', t.copyJson, () => vscode.postMessage({ type: 'copyJson' })),
        button('reveal', t.reveal, () => vscode.postMessage({ type: 'reveal' }), true),
        button('refresh', t.refresh, () => vscode.postMessage({ type: 'refresh' }), true)),
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
