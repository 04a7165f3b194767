// Where interviewers' suggested job-level ranges meet. Levels compare by the tenant's order (the contact API's
// `order`); a bound left open ("from P5") reaches to the end of the scale. Pure.

/** One suggested range: ranks, `undefined` for an open bound; the names as shown. */
export interface RankedRange {
  low?: number;
  high?: number;
  lowName?: string;
  highName?: string;
}

export type Overlap =
  | { kind: 'none'; }
  /** No range could be placed on the tenant's scale (names unknown, or nobody suggested one). */
  | { kind: 'unknown'; }
  | { kind: 'overlap'; lowName?: string; highName?: string; low?: number; high?: number; };

/** The common part of every range: the highest low bound to the lowest high bound; none when they cross. */
export function overlapOf(ranges: readonly RankedRange[]): Overlap {
  if (ranges.length === 0) { return { kind: 'unknown' }; }
  let low: { rank: number; name?: string; } | undefined;
  let high: { rank: number; name?: string; } | undefined;
  for (const r of ranges) {
    // A range written high to low is read as the same range.
    const [lo, hi, loName, hiName] = r.low !== undefined && r.high !== undefined && r.low > r.high
      ? [r.high, r.low, r.highName, r.lowName]
      : [r.low, r.high, r.lowName, r.highName];
    if (lo !== undefined && (!low || lo > low.rank)) { low = { rank: lo, name: loName }; }
    if (hi !== undefined && (!high || hi < high.rank)) { high = { rank: hi, name: hiName }; }
  }
  if (low && high && low.rank > high.rank) { return { kind: 'none' }; }
  return { kind: 'overlap', low: low?.rank, high: high?.rank, lowName: low?.name, highName: high?.name };
}
