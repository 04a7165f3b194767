// The whole scorecard as the pages show it (types only: the page scripts check against them without the model's code).

/** One interviewer's answer to a dimension or question. */
export interface ScorecardCell {
  text: string;
  /** The chosen option's score, a rating, or "" when the dimension has none. */
  score: string;
  empty: boolean;
}

export interface ScorecardRow {
  kind: 'dimension' | 'question' | 'ability';
  label: string;
  /** Weight, type or the question's description. */
  detail: string;
  /** One cell per column, in column order. */
  cells: ScorecardCell[];
  /** Interviewers chose different options: where a reader looks first. */
  disagree: boolean;
}

export interface ScorecardSection {
  title: string;
  detail: string;
  /** Module score per column ("" where none). */
  scores: string[];
  rows: ScorecardRow[];
}

export interface ScorecardColumn {
  recordId: string;
  interviewer: string;
  current: boolean;
  /** "82.5 / 100", or "" without a total. */
  total: string;
  /** "Not submitted" and the like; "" when the scorecard is there. */
  status: string;
}

/** The whole v2 scorecard, interviewers side by side; `notice` alone when v2 could not be read. */
export interface ScorecardView {
  notice?: string;
  /** The notice says the scorecard is on its way, not that it is missing. */
  loading?: boolean;
  columns: ScorecardColumn[];
  sections: ScorecardSection[];
}
