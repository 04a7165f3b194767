// How much each page walk may read, sized to what it is for. A hostile chain of 10 MB pages then stops
// within a few pages of background work, and a view says when it showed less than there is.
import { MAX_PAGES_PER_WALK, type WalkBudget } from '../feishu/pager';

const MB = 1024 * 1024;

/** Stage and interviewer names of one application (background, no user action): 500 interviews. */
export const NAMES_WALK_BUDGET: WalkBudget = { maxPages: 5, maxBytes: 4 * MB };

/**
 * One application's interviews (the tree's Load more, reveal, the details panel's refresh, Export). The sample's
 * largest application, 10,000 interviews, is 8 MB; real ones are a few dozen.
 */
export const APPLICATION_INTERVIEWS_BUDGET: WalkBudget = { maxPages: MAX_PAGES_PER_WALK, maxBytes: 32 * MB };

/** The tenant's job levels, names only: 1,000 levels. */
export const JOB_LEVELS_BUDGET: WalkBudget = { maxPages: 20, maxBytes: 4 * MB };

/** The queue's window (README: at most 10,000 interviews or 24 MB of replies a refresh; the view says when reached). */
export const QUEUE_WALK_BUDGET: WalkBudget = { maxPages: 100, maxBytes: 24 * MB };
