// The one owner of "who I am" for Only Mine, Copy Reminder and no peeking: the person signed in with their own Feishu
// account when the records can name them, else the interviewer picked once with "I Am…". The pick is remembered per
// profile in globalState (an ID and a name, never a secret) until Forget Who I Am, or until the profile is removed.
import * as vscode from 'vscode';
import { meOfPick, meOfUser, readPicks, type Me } from '../model/mine/me';
import type { HireSession } from './hireSession';
import type { UserAccounts } from './userAccounts';

export const ME_KNOWN_CONTEXT = 'feishuHire.meKnown';
export const ME_PICKED_CONTEXT = 'feishuHire.mePicked';
const PICKS_KEY = 'feishuHire.iAm';
const SAMPLE_KEY = '(sample)';

export class MyIdentity implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when who I am may have changed: the views' filter and the reminders follow. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly state: vscode.Memento, private readonly session: HireSession, private readonly accounts: UserAccounts) {
    this.disposables = [
      this.changed,
      accounts.onDidChange(() => this.update()),
      session.onDidChange(() => this.update()),
      session.onDidChangeProfiles(() => void this.prune()),
    ];
    this.update();
  }

  /** The signed-in person as this profile's records name them; undefined when not signed in or not matchable. */
  get signedIn(): Me | undefined {
    const user = this.accounts.current?.source.user;
    const connection = this.session.connection;
    return user && connection && connection.profileId === this.accounts.current?.profileId ? meOfUser(user, connection.userIdType) : undefined;
  }

  /** Signed in but user_info did not return the ID type the records use (user_id needs its own scope). */
  get signedInUnmatched(): boolean {
    return this.accounts.current !== undefined && this.signedIn === undefined;
  }

  get picked(): Me | undefined {
    const pick = this.profileKey && readPicks(this.state.get(PICKS_KEY))[this.profileKey];
    return pick ? meOfPick(pick) : undefined;
  }

  /** Me: signed in first, else the pick. */
  get me(): Me | undefined {
    return this.signedIn ?? this.picked;
  }

  async pick(id: string, name: string | undefined): Promise<void> {
    const key = this.profileKey;
    if (!key) { return; }
    await this.state.update(PICKS_KEY, { ...readPicks(this.state.get(PICKS_KEY)), [key]: { id, name } });
    this.update();
  }

  async forget(): Promise<void> {
    const key = this.profileKey;
    const picks = readPicks(this.state.get(PICKS_KEY));
    if (!key || !(key in picks)) { return; }
    delete picks[key];
    await this.state.update(PICKS_KEY, picks);
    this.update();
  }

  private get profileKey(): string | undefined {
    const connection = this.session.connection;
    return connection ? connection.profileId ?? SAMPLE_KEY : undefined;
  }

  /** A removed profile's pick goes with it. */
  private async prune(): Promise<void> {
    const picks = readPicks(this.state.get(PICKS_KEY));
    const ids = new Set(this.session.profiles.map(p => p.id));
    const kept = Object.fromEntries(Object.entries(picks).filter(([key]) => key === SAMPLE_KEY || ids.has(key)));
    if (Object.keys(kept).length !== Object.keys(picks).length) { await this.state.update(PICKS_KEY, kept); }
    this.update();
  }

  private update(): void {
    void vscode.commands.executeCommand('setContext', ME_KNOWN_CONTEXT, this.me !== undefined);
    void vscode.commands.executeCommand('setContext', ME_PICKED_CONTEXT, this.picked !== undefined && this.signedIn === undefined);
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) { d.dispose(); }
  }
}
