// Figures for `npm run bench`, written only when it asks (FEISHU_HIRE_BENCH_OUT): one JSON object, one key per test.
import * as fs from 'fs';

export const benchOut = process.env['FEISHU_HIRE_BENCH_OUT'];

/** Adds the figures to the file; several tests of one run share it. */
export function writeBenchFigures(figures: Record<string, number | string | boolean>): void {
  if (!benchOut) { return; }
  const earlier = fs.existsSync(benchOut) ? JSON.parse(fs.readFileSync(benchOut, 'utf8')) as Record<string, unknown> : {};
  fs.writeFileSync(benchOut, JSON.stringify({ ...earlier, ...figures }));
}
