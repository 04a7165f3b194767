// Job-level names behind the level IDs of the seed records, from the contact API: read once per client
// (one request for a typical tenant), shared by the tree's tooltips, the details panel and exports.
import { FeishuError, humanMessage } from '../../feishu/errors';
import type { HireApi } from '../../feishu/hireApi';
import { collectAll } from '../../feishu/pager';
import type { Translate } from '../../feishu/translate';
import type { I18nText } from '../../feishu/types';
import { jobLevelRange, pickI18n, type Lang } from '../text/format';
import { JOB_LEVELS_BUDGET } from '../walkBudgets';

export interface LevelNameLookup {
  name(id: string): I18nText | undefined;
  /** Where a level stands among the tenant's (by `order`, else as listed); undefined for an unknown ID. */
  rank?(id: string): number | undefined;
  /** The ID of a level named so in either language (v2 scorecards name levels, never ID them). */
  idOfName?(name: string): string | undefined;
  /** Why names could not be read, when they could not. */
  readonly error: FeishuError | undefined;
}

export class JobLevelNames implements LevelNameLookup {
  private client: HireApi | undefined;
  private names = new Map<string, I18nText>();
  private ranks = new Map<string, number>();
  private byName = new Map<string, string>();
  private loading: Promise<void> | undefined;
  private failure: FeishuError | undefined;

  constructor(private readonly api: () => HireApi | undefined) {}

  get error(): FeishuError | undefined {
    this.sync();
    return this.failure;
  }

  name(id: string): I18nText | undefined {
    this.sync();
    return this.names.get(id);
  }

  rank(id: string): number | undefined {
    this.sync();
    return this.ranks.get(id);
  }

  idOfName(name: string): string | undefined {
    this.sync();
    return this.byName.get(name);
  }

  /** Loads the names once per client; a refusal is remembered (no request storm), a transient failure is retried next time. */
  ensure(signal?: AbortSignal): Promise<void> {
    this.sync();
    const api = this.client;
    if (!api || this.loading) { return this.loading ?? Promise.resolve(); }
    const run = (async () => {
      try {
        const { items } = await collectAll(
          (pageToken, s) => api.listJobLevels({ pageToken, signal: s }),
          '/open-apis/contact/v3/job_levels',
          signal,
          undefined,
          JOB_LEVELS_BUDGET,
        );
        if (api !== this.client) { return; }
        this.names = new Map(items.map(l => [l.id, { zh_cn: l.i18n.zh_cn ?? l.name, en_us: l.i18n.en_us ?? l.name }]));
        const ordered = items.map((l, i) => ({ id: l.id, key: l.order ?? i })).sort((a, b) => a.key - b.key);
        this.ranks = new Map(ordered.map((l, i) => [l.id, i]));
        this.byName = new Map();
        for (const [id, n] of this.names) {
          for (const text of [n.zh_cn, n.en_us]) {
            if (text && !this.byName.has(text)) { this.byName.set(text, id); }
          }
        }
        this.failure = undefined;
      } catch (e) {
        if (api !== this.client) { return; }
        this.failure = e instanceof FeishuError ? e : new FeishuError({ kind: 'badResponse', detail: String(e) });
        if (this.failure.isTransient || this.failure.isRateLimited || this.failure.kind === 'cancelled' || this.failure.kind === 'timeout') {
          this.loading = undefined;
        }
      }
    })();
    this.loading = run;
    return run;
  }

  /** Another client (sign-in, sample mode, settings): forget the old tenant's names. */
  private sync(): void {
    const api = this.api();
    if (api !== this.client) {
      this.client = api;
      this.names = new Map();
      this.ranks = new Map();
      this.byName = new Map();
      this.loading = undefined;
      this.failure = undefined;
    }
  }
}

export interface LevelRange {
  /** "P5 级 to P7 级", or the IDs where names are unknown. */
  text?: string;
  minName?: string;
  maxName?: string;
  /** Set when an ID could not be named: says why (the missing permission, when that is the reason). */
  note?: string;
}

/** Names from the scorecard (v2 `recommended_job_level`) win; then the contact names; else the ID stays. */
export function levelRange(
  min: string | undefined,
  max: string | undefined,
  options: { lang: Lang; t: Translate; lookup?: LevelNameLookup; fromScorecard?: { lower?: I18nText; higher?: I18nText; }; },
): LevelRange {
  const { lang, t, lookup } = options;
  const named = (id: string | undefined, scorecard: I18nText | undefined): { text?: string; named: boolean; } => {
    if (!id) { return { text: pickI18n(scorecard, lang), named: true }; }
    const name = pickI18n(scorecard, lang) ?? pickI18n(lookup?.name(id), lang);
    return name ? { text: name, named: true } : { text: id, named: false };
  };
  const low = named(min, options.fromScorecard?.lower);
  const high = named(max, options.fromScorecard?.higher);
  const text = jobLevelRange(low.text, high.text, t);
  if (low.named && high.named) { return { text, minName: low.text, maxName: high.text }; }
  return { text, minName: low.named ? low.text : undefined, maxName: high.named ? high.text : undefined, note: missingNameNote(lookup?.error, t) };
}

export function missingNameNote(error: FeishuError | undefined, t: Translate): string {
  if (error?.missingScopes.length) { return t('Level names need the permission {0}.', error.missingScopes.join(', ')); }
  if (error) { return t('Level names could not be read: {0}', humanMessage(error, t)); }
  return t('No name is known for this level ID.');
}
