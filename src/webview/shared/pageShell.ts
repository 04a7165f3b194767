// Every webview page's HTML shell (score details, debrief): strict CSP, a fresh nonce per render, assets from media/ only. No server text is
// placed here; the page script renders the model with textContent. A screen reader hears the page's states
// (loading, shown, filled in) from the one status region, not the whole page on every render.
import { randomBytes } from 'node:crypto';

export interface ShellInput {
  cspSource: string;
  nonce: string;
  /** Scripts in order: the shared page parts first, then the page's own. */
  scriptUris: readonly string[];
  /** Stylesheets in order: a page may add its own after the shared one. */
  styleUris: readonly string[];
  lang: 'zh' | 'en';
  title: string;
  loadingText: string;
}

export function createNonce(): string {
  return randomBytes(18).toString('base64url');
}

/** Escapes text for an element body or a double-quoted attribute (so the CSP's quotes stay readable). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return ['default-src \'none\'', `style-src ${cspSource}`, `font-src ${cspSource}`, `img-src ${cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
}

export function renderPageShell(input: ShellInput): string {
  const e = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(input.cspSource, input.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${input.styleUris.map(uri => `<link rel="stylesheet" href="${e(uri)}">`).join('\n')}
<title>${e(input.title)}</title>
</head>
<body>
<main id="app"><p class="muted">${e(input.loadingText)}</p></main>
<div id="status" class="visually-hidden" role="status">${e(input.loadingText)}</div>
${input.scriptUris.map(uri => `<script nonce="${e(input.nonce)}" src="${e(uri)}"></script>`).join('\n')}
</body>
</html>`;
}
