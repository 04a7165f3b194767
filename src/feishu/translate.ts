// The shape of `vscode.l10n.t`, so the core can localise without importing `vscode`.
export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

/** English-only stand-in for tests and the command line: fills `{0}`, `{1}`… like `l10n.t`. */
export const formatOnly: Translate = (message, ...args) =>
  message.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
