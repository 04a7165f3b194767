// Last-known data at the edge: at start (and on each profile switch) the tree shows what was loaded last time for
// that profile, with no request; while it shows it, the view says "as of <time>". Saved, debounced, after each change.
// The composition root's transition handler calls `flush` before the views start again (a save still due is written
// for the owner leaving) and `restore` once the tree has been bound to the new connection.
import * as vscode from 'vscode';
import { readSettings, SECTION } from '../config';
import { formatTimestamp } from '../model/text/format';
import type { HireTreeModel } from '../model/tree/hireTreeModel';
import type { LastKnownStore } from '../model/lastKnown/lastKnownStore';
import type { HireConnection } from '../model/connection/hireConnection';
import type { QueueModel } from '../model/queue/queueModel';

const t = vscode.l10n.t;
const SAVE_DELAY_MS = 1500;
/** Names arriving one application after another keep changing the tree for longer than the delay: saved by then anyway. */
const SAVE_AT_MOST_AFTER_MS = 5000;

const KEEP_SETTING = 'keepLastKnownData';

/** Whose data: the profile, URL and app (the session's identity) and the user-ID type the IDs in it were asked in. */
interface Owner {
  profileId: string;
  identity: string;
}

export class LastKnownData implements vscode.Disposable {
  /** The owner whose saved data has been looked at; saving is allowed for this owner only. */
  private settledFor: Owner | undefined;
  private restoring: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  /** When the first change not yet saved came: the save waits for a pause, but not past this plus the longest wait. */
  private dueSince: number | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly model: HireTreeModel,
    private readonly store: LastKnownStore,
    private readonly log: vscode.LogOutputChannel,
    /** Every stored profile's id: turning the setting off erases all their data. */
    private readonly profileIds: () => readonly string[],
    /** Feedback Owed and Recent Interviews: their listing is saved in the same file, restored with the tree. */
    private readonly queue?: QueueModel,
  ) {
    this.disposables = [
      model.onDidChange(() => this.scheduleSave()),
      ...(queue ? [queue.onDidChange(() => this.scheduleSave())] : []),
      vscode.workspace.onDidChangeConfiguration(e => {
        // Read directly: the session may not have re-read its settings yet.
        if (e.affectsConfiguration(`${SECTION}.${KEEP_SETTING}`) && vscode.workspace.getConfiguration(SECTION).get<unknown>(KEEP_SETTING) === false) {
          void this.eraseAll();
        }
      }),
    ];
  }

  /** Resolves once the data saved for the last connection restored has been shown, or found missing. */
  ready(): Promise<void> {
    return this.restoring;
  }

  get enabled(): boolean {
    return readSettings().settings.keepLastKnownData;
  }

  /** "Last-known data as of …" while the tree shows restored lists; undefined once fresh data replaced them. */
  message(): string | undefined {
    const at = this.model.restoredAt;
    if (at === undefined) { return undefined; }
    const when = formatTimestamp(at, { locale: vscode.env.language, t });
    return t('Last-known data as of {0}. Refresh to load the current data.', when);
  }

  /** Sign Out, Remove Profile: nothing more is saved for the profile until it is shown again, and its file and key go. */
  async erase(profileId: string): Promise<void> {
    if (this.settledFor?.profileId === profileId) {
      this.settledFor = undefined;
      this.cancelSave();
    }
    await this.store.erase(profileId);
  }

  private owner(connection = this.model.connection): Owner | undefined {
    if (!connection || connection.sample || !connection.profileId) { return undefined; }
    return { profileId: connection.profileId, identity: `${connection.identity}|${connection.userIdType}` };
  }

  /** Shows the data saved for this connection on the tree, which must already be bound to it; `ready` waits for it. */
  restore(connection: HireConnection | undefined): Promise<void> {
    this.restoring = this.load(connection);
    return this.restoring;
  }

  private async load(connection: HireConnection | undefined): Promise<void> {
    this.settledFor = undefined;
    this.cancelSave();
    const owner = this.owner(connection);
    if (!owner || !this.enabled) { return; }
    try {
      const loaded = await this.store.load(owner.profileId, owner.identity);
      if (!sameOwner(owner, this.owner())) { return; }
      if (loaded && this.model.restore(loaded.snapshot)) {
        this.log.info(`Showing last-known data saved ${new Date(loaded.savedAt).toISOString()}; no request until something new is asked for`);
      }
      if (loaded?.snapshot.queue !== undefined && this.queue?.restore(loaded.snapshot.queue)) {
        this.log.info('Feedback queue: showing its last-known listing; no request until Refresh');
      }
      this.settledFor = owner;
    } catch (e) {
      this.log.warn(`Last-known data not shown: ${e instanceof Error ? e.message : String(e)}`);
      this.settledFor = owner;
    }
  }

  private scheduleSave(): void {
    if (!this.settledFor || !this.enabled) { return; }
    const now = Date.now();
    const since = this.dueSince ?? now;
    this.cancelSave();
    this.dueSince = since;
    this.timer = setTimeout(() => {
      void this.save();
    }, Math.max(0, Math.min(SAVE_DELAY_MS, since + SAVE_AT_MOST_AFTER_MS - now)));
  }

  private cancelSave(): void {
    if (this.timer) { clearTimeout(this.timer); }
    this.timer = undefined;
    this.dueSince = undefined;
  }

  /** A save still due is written now, for the owner the tree still shows: called before a transition resets the views. */
  flush(): void {
    if (this.timer) {
      this.cancelSave();
      void this.save();
    }
  }

  private async save(): Promise<void> {
    this.timer = undefined;
    this.dueSince = undefined;
    // Everything up to the store's write runs now, before the caller goes on: the snapshot is of the tree as it is.
    const owner = this.settledFor;
    if (!owner || !sameOwner(owner, this.owner()) || !this.enabled) { return; }
    try {
      const snapshot = this.model.snapshot();
      const queue = this.queue?.saved();
      if (snapshot) { await this.store.save(owner.profileId, owner.identity, queue ? { ...snapshot, queue } : snapshot); }
    } catch (e) {
      this.log.warn(`Last-known data not saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** The setting was turned off: every profile's saved data and key are erased. */
  private async eraseAll(): Promise<void> {
    this.settledFor = undefined;
    this.cancelSave();
    await Promise.all(this.profileIds().map(id => this.store.erase(id).catch(() => undefined)));
    this.log.info('Last-known data turned off: saved data erased');
  }

  dispose(): void {
    // A save due when the window closes is written now rather than lost.
    this.flush();
    for (const d of this.disposables) { d.dispose(); }
  }
}

function sameOwner(a: Owner | undefined, b: Owner | undefined): boolean {
  return a !== undefined && b !== undefined && a.profileId === b.profileId && a.identity === b.identity;
}
