// Text from outside in a pick list: VS Code renders `$(name)` there as an icon.

/** The text keeps its characters but forms no icon. */
export function noIcons(text: string): string {
  return text.replace(/\$\(/g, '$ (');
}
