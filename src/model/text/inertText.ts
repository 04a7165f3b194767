// Text from outside (server `msg`, IDs from links, setting values) on its way into a notification, where VS Code
// turns `[label](command:…)` and `[label](https://…)` into live links. Breaking the `](` pair keeps every character
// readable while no link can form.
const MAX_NOTIFICATION_TEXT = 600;

export function inertText(text: string): string {
  const flat = text // Bidirectional overrides and other format characters could disguise what the user reads.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\]\s*\(/g, '] (');
  return flat.length > MAX_NOTIFICATION_TEXT ? `${flat.slice(0, MAX_NOTIFICATION_TEXT)}…` : flat;
}
