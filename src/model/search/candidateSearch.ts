// Find Candidate's search as the user types: waits until typing pauses (the debounce), cancels the request of
// text that changed, and sends one request per settled text — the keyword search, or the exact ID lookup for a
// phone number or e-mail. One owner of the state, raising its own change event; no `vscode`.
import { FeishuError } from '../../feishu/errors';
import type { HireApi } from '../../feishu/hireApi';
import { parseTalentHit, type TalentHit } from '../../feishu/talentSearch';
import type { Translate } from '../../feishu/translate';
import { ChangeEvent } from '../changeEvent';
import { candidateLabel, type CandidateLabel } from './candidateLabels';
import { classifyQuery, type CandidateQuery } from './candidateQuery';

export type SearchApi = Pick<HireApi, 'searchTalents' | 'talentIdsByContact' | 'getTalent'>;

export type SearchState =
  | { status: 'idle'; }
  /** Typed, waiting for the pause. */
  | { status: 'waiting'; query: CandidateQuery; }
  | { status: 'searching'; query: CandidateQuery; }
  | { status: 'found'; query: CandidateQuery; candidates: CandidateLabel[]; more: boolean; }
  | { status: 'none'; query: CandidateQuery; }
  | { status: 'failed'; query: CandidateQuery; error: unknown; };

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const SEARCH_DEBOUNCE_MS = 300;
/** Talents read one by one after an ID lookup: one phone or e-mail rarely belongs to more than a few. */
const MAX_CONTACT_TALENTS = 5;

const realTimers: Timers = { set: (run, ms) => setTimeout(run, ms), clear: handle => clearTimeout(handle as ReturnType<typeof setTimeout>) };

export class CandidateSearch {
  private readonly changed = new ChangeEvent<SearchState>();
  readonly onDidChange = this.changed.event;
  private current: SearchState = { status: 'idle' };
  private timer: unknown;
  private inFlight: AbortController | undefined;
  private lastKey = '';
  private readonly talents = new Map<string, TalentHit>();

  constructor(
    private readonly api: SearchApi,
    private readonly t: Translate,
    private readonly options: { debounceMs?: number; timers?: Timers; signal?: AbortSignal; } = {},
  ) {}

  get state(): SearchState {
    return this.current;
  }

  /** The talent as the search found it (for a picked candidate's title). */
  talent(talentId: string): TalentHit | undefined {
    return this.talents.get(talentId);
  }

  /** The text changed: the pending wait and any request in flight are dropped; a new wait starts. */
  setText(text: string): void {
    const query = classifyQuery(text);
    const key = JSON.stringify(query);
    // The same query (a space typed): no new request, but a keystroke still restarts the wait.
    if (key === this.lastKey && this.current.status !== 'waiting') { return; }
    this.lastKey = key;
    this.cancel();
    if (query.kind === 'empty') {
      this.set({ status: 'idle' });
      return;
    }
    this.set({ status: 'waiting', query });
    const timers = this.options.timers ?? realTimers;
    this.timer = timers.set(() => {
      this.timer = undefined;
      void this.run(query);
    }, this.options.debounceMs ?? SEARCH_DEBOUNCE_MS);
  }

  /** Search again now (after an error), without waiting. */
  retry(): void {
    const s = this.current;
    if (s.status === 'idle') { return; }
    this.cancel();
    void this.run(s.query);
  }

  dispose(): void {
    this.cancel();
    this.changed.dispose();
  }

  private cancel(): void {
    if (this.timer !== undefined) {
      (this.options.timers ?? realTimers).clear(this.timer);
      this.timer = undefined;
    }
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private async run(query: CandidateQuery): Promise<void> {
    if (query.kind === 'empty' || this.options.signal?.aborted) { return; }
    const controller = new AbortController();
    this.inFlight = controller;
    const signal = this.options.signal ? AbortSignal.any([controller.signal, this.options.signal]) : controller.signal;
    this.set({ status: 'searching', query });
    try {
      const { hits, more } = query.kind === 'keyword'
        ? await this.api.searchTalents(query.keyword, { signal }).then(page => ({ hits: page.items, more: page.hasMore }))
        : { hits: await this.byContact(query.contact, signal), more: false };
      if (controller.signal.aborted) { return; }
      for (const hit of hits) { this.talents.set(hit.id, hit); }
      const candidates = hits.map(h => candidateLabel(h, this.t));
      this.set(candidates.length > 0 ? { status: 'found', query, candidates, more } : { status: 'none', query });
    } catch (e) {
      // Text that changed is no failure; a connection retired under the search (sign-out) is one, said as such.
      if (controller.signal.aborted || (e instanceof FeishuError && e.kind === 'cancelled' && !this.options.signal?.aborted)) { return; }
      this.set({ status: 'failed', query, error: e });
    } finally {
      if (this.inFlight === controller) { this.inFlight = undefined; }
    }
  }

  private async byContact(contact: Parameters<SearchApi['talentIdsByContact']>[0], signal: AbortSignal): Promise<TalentHit[]> {
    const ids = (await this.api.talentIdsByContact(contact, signal)).slice(0, MAX_CONTACT_TALENTS);
    const talents = await Promise.all(ids.map(id => this.api.getTalent(id, signal)));
    return talents.map(talent => {
      try {
        return parseTalentHit(talent.raw, 'data.talent');
      } catch {
        return { raw: talent.raw, id: talent.id, name: talent.name };
      }
    });
  }

  private set(state: SearchState): void {
    this.current = state;
    this.changed.fire(state);
  }
}
