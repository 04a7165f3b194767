// @ts-check
// What every page of ours builds with: elements from text only (never HTML), buttons, badges, and the scorecard
// table (score details: one interview's interviewers; debrief: every round's). Loaded before the page's own script.
/** @typedef {import('../src/model/scorecard/scorecardViewTypes').ScorecardView} ScorecardView */
/** @typedef {import('../src/model/scorecard/scorecardViewTypes').ScorecardRow} ScorecardRow */
(function () {
  const SYMBOL = { pass: '✓', fail: '✗', pending: '…', neutral: '○', warning: '!', unknown: '?' };

  /** A muted aside after a name, "(this record)": full-width parentheses (Chinese) bring their own spacing. @param {string} text */
  function aside(text) {
    return el('span', { class: 'muted' }, text.startsWith('（') ? text : ` ${text}`);
  }

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
   * @param {string} label @param {() => void} onClick @param {boolean} [secondary]
   * @param {string} [key]  names the button across renders, so focus can stay on it when the page re-renders
   */
  function button(label, onClick, secondary, key) {
    const b = el('button', { type: 'button', class: secondary ? 'secondary' : '', ...(key ? { 'data-key': key } : {}) }, label);
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
   * @param {{ label?(index: number): string; actions?(index: number): Node | undefined; }} [columns]
   */
  function scorecard(card, t, columns) {
    const current = card.columns.map(c => c.current);
    /** @param {number} i @returns {Record<string, string>} */
    const cellAttrs = i => (current[i] ? { class: 'current' } : {});
    const head = el('tr', {}, el('th', { scope: 'col' }, t.dimension), ...card.columns.map((c, i) => el('th', { scope: 'col', ...cellAttrs(i) },
      columns?.label ? el('span', { class: 'muted' }, `${columns.label(i)} `) : undefined,
      c.interviewer, c.current && t.thisRecord ? aside(t.thisRecord) : undefined,
      c.status ? el('div', { class: 'muted' }, c.status) : undefined,
      columns?.actions?.(i))));
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
    // A page may show several scorecards (the debrief): each names its table by its own heading.
    const heading = `scorecard-heading-${++scorecards}`;
    return el('section', { class: 'scorecard', 'aria-labelledby': heading },
      el('h2', { id: heading }, t.scorecard),
      card.notice ? el('p', card.loading ? { class: 'muted' } : { class: 'notice', role: 'note' }, card.notice) : undefined,
      // Wider than the panel, the table scrolls: focusable, so the keyboard can scroll it too.
      card.sections.length > 0
        ? el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-labelledby': heading },
          el('table', { class: 'scorecard', 'aria-labelledby': heading }, el('thead', {}, head), el('tbody', {}, ...body)))
        : undefined);
  }
  let scorecards = 0;

  /** @param {string} text  said by a screen reader: the shell's polite status region holds the page's state */
  function announce(text) {
    const status = document.getElementById('status');
    if (status && status.textContent !== text) { status.textContent = text; }
  }

  window.FeishuPage = { el, aside, button, badge, fact, scorecard, announce };
})();
