// Switch, rename and remove profiles, and a profile's user-ID type; the status-bar item that names the active one.
// None takes an argument: another extension calling these gets the same prompts a user does.
import * as vscode from 'vscode';
import { USER_ID_TYPES, type UserIdType } from '../feishu/types';
import { displayBaseUrl } from '../feishu/baseUrl';
import { inertText } from '../model/text/inertText';
import { profileNameProblem, type Profile } from '../model/profiles/profile';
import { features } from '../loadFeatures';
import type { HireParts } from './parts';
import { registerCommand } from './registerCommand';
import { showInfo, showWarning } from '../notifications';

const t = vscode.l10n.t;

type ProfileItem = vscode.QuickPickItem & { profile?: Profile; add?: true; };

function profileItem(profile: Profile, activeId: string | undefined): ProfileItem {
  return {
    label: `${profile.id === activeId ? '$(check)' : '$(blank)'} ${profile.name}`,
    description: [displayBaseUrl(profile.baseUrl), profile.appId].filter(Boolean).join(' · '),
    profile,
  };
}

/** The profile to act on: asked when there are several, the only one otherwise. */
async function pickProfile(parts: HireParts, title: string): Promise<Profile | undefined> {
  const { profiles, activeProfile } = parts.session;
  if (profiles.length === 0) {
    void showInfo(t('There are no profiles yet. Run "Feishu Hire: Add Profile…" first.'));
    return undefined;
  }
  if (profiles.length === 1) { return profiles[0]; }
  const ordered = [...profiles].sort((a, b) => Number(b.id === activeProfile?.id) - Number(a.id === activeProfile?.id));
  const picked = await vscode.window.showQuickPick(ordered.map(p => profileItem(p, activeProfile?.id)), { title });
  return picked?.profile;
}

async function switchProfile(parts: HireParts): Promise<boolean> {
  const { profiles, activeProfile } = parts.session;
  const items: ProfileItem[] = profiles.map(p => profileItem(p, parts.session.isSample ? undefined : activeProfile?.id));
  items.push({ label: '', kind: vscode.QuickPickItemKind.Separator }, { label: `$(add) ${t('Add Profile…')}`, add: true });
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Feishu Hire: Switch Profile'),
    placeHolder: profiles.length ? t('Each profile has its own app, pinned applications and data') : t('No profiles yet: add one'),
  });
  if (!picked) { return false; }
  if (picked.add) { return features().addProfile(parts); }
  if (!picked.profile) { return false; }
  await parts.session.switchProfile(picked.profile.id);
  return true;
}

async function renameProfile(parts: HireParts): Promise<boolean> {
  const profile = await pickProfile(parts, t('Feishu Hire: Rename Profile'));
  if (!profile) { return false; }
  const others = parts.session.profiles.filter(p => p.id !== profile.id);
  const name = await vscode.window.showInputBox({
    title: t('Feishu Hire: Rename Profile'),
    prompt: t('New name of the profile "{0}"', profile.name),
    value: profile.name,
    ignoreFocusOut: true,
    validateInput: value => profileNameProblem(value, others, t),
  });
  if (name === undefined) { return false; }
  await parts.session.renameProfile(profile.id, name);
  return true;
}

async function removeProfile(parts: HireParts): Promise<boolean> {
  const profile = await pickProfile(parts, t('Feishu Hire: Remove Profile'));
  if (!profile) { return false; }
  const remove = t('Remove');
  const choice = await showWarning(t('Remove the profile "{0}"?', profile.name), {
    modal: true,
    detail: t('Its app secret, pinned applications and last-known data are erased from this computer. The app itself is not changed.'),
  }, remove);
  if (choice !== remove) { return false; }
  await parts.session.removeProfile(profile.id);
  void vscode.window.setStatusBarMessage(inertText(t('Feishu Hire: removed the profile "{0}"', profile.name)), 4000);
  return true;
}

async function setUserIdType(parts: HireParts): Promise<boolean> {
  const profile = await pickProfile(parts, t('Feishu Hire: User ID Type of a Profile'));
  if (!profile) { return false; }
  type Item = vscode.QuickPickItem & { value: UserIdType | undefined; };
  const items: Item[] = [
    { label: t('As the setting says ({0})', parts.session.settings.userIdType), value: undefined },
    ...USER_ID_TYPES.map(type => ({ label: type, value: type })),
  ];
  for (const item of items) { if (item.value === profile.userIdType) { item.description = t('now'); } }
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Feishu Hire: User ID Type of "{0}"', profile.name),
    placeHolder: t('Which user ID the service returns for interviewers; it must match your app\'s permissions'),
  });
  if (!picked) { return false; }
  await parts.session.setUserIdType(profile.id, picked.value);
  return true;
}

/** Left of the status bar while there is a profile or sample data: the active profile, a click away from switching. */
function profileStatusBar(parts: HireParts): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('feishuHire.profile', vscode.StatusBarAlignment.Left, 10);
  item.name = t('Feishu Hire Profile');
  item.command = 'feishuHire.profile.switch';
  const show = (): void => {
    const { session } = parts;
    const profile = session.activeProfile;
    if (session.isSample) {
      item.text = `$(beaker) ${t('Sample data')}`;
      item.tooltip = t('Feishu Hire shows sample data. Click to switch to a profile.');
    } else if (profile) {
      item.text = `$(organization) ${profile.name}`;
      item.tooltip = t(
        'Feishu Hire profile "{0}" on {1}{2}. Click to switch.',
        profile.name,
        displayBaseUrl(profile.baseUrl),
        session.signedIn ? '' : t(' (signed out)'),
      );
    } else {
      item.hide();
      return;
    }
    item.show();
  };
  show();
  return vscode.Disposable.from(item, parts.session.onDidChange(show), parts.session.onDidChangeProfiles(show));
}

export function registerProfileCommands(parts: HireParts): vscode.Disposable[] {
  return [
    registerCommand(parts.log, 'feishuHire.profile.switch', () => switchProfile(parts)),
    registerCommand(parts.log, 'feishuHire.profile.rename', () => renameProfile(parts)),
    registerCommand(parts.log, 'feishuHire.profile.remove', () => removeProfile(parts)),
    registerCommand(parts.log, 'feishuHire.profile.setUserIdType', () => setUserIdType(parts)),
    profileStatusBar(parts),
  ];
}
