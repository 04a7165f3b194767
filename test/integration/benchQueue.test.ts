// Bench only (skipped unless FEISHU_HIRE_BENCH_OUT is set): Feedback Owed at a large company's scale, inside the
// extension host. The fake (in a child process, its memory not counted) serves ~2,000 interviews in 14 days
// (--company-scale). Measured: the listing's requests, the time from the listing's last reply to the first rows, the
// names asked for, the heap growth; then the queue restored from last-known data on a profile switch: time to its
// badge and the requests it cost.
import * as assert from 'assert';
import type { HireTesting } from '../../src/extension';
import { startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { OPEN_INTERVIEWERS } from '../../src/model/queue/queueModel';
import type { QueueNode } from '../../src/model/queue/queueNode';
import { benchOut, writeBenchFigures } from './benchOut';
import { addProfiles, hostGc, median, removeProfiles, settledMemory, sleep, startFakeProcess, waitFor } from './benchHost';
import { testingParts } from './testingParts';

const isListing = (path: string): boolean => path.startsWith('/open-apis/hire/v1/interviews?') && path.includes('start_time=');
const isName = (path: string): boolean => /^\/open-apis\/hire\/v1\/(applications|talents|jobs)\/\d+/.test(path);

(benchOut ? suite : suite.skip)('benchmark: the feedback queue at company scale inside the extension host', () => {
  let hire: HireTesting;
  let fake: Awaited<ReturnType<typeof startFakeProcess>> | undefined;
  let other: FakeFeishu;
  const paths: string[] = [];
  let listingEnd = 0;

  suiteSetup(async () => {
    hire = await testingParts();
    fake = await startFakeProcess(['--company-scale', '--latency', '50']);
    other = await startFakeFeishu({ port: 0 });
    hire.session.onDidRequest(e => {
      paths.push(e.path);
      if (isListing(e.path)) { listingEnd = performance.now(); }
    });
    await addProfiles([[other, 'Queue B'], [fake, 'Queue A']]);
  });

  suiteTeardown(async () => {
    await removeProfiles(hire, ['Queue A', 'Queue B']);
    fake?.child.kill();
    await other.close();
  });

  test('company-scale window, then restored from last-known data (the benchmark reads it)', async function() {
    this.timeout(300_000);
    const model = hire.feedback.model;
    const gc = hostGc();
    const before = await settledMemory(gc);
    paths.length = 0;
    let rowsAt = 0;
    let shownRows = 0;
    // The owed view's roots and the rows of its open groups, as the provider hands them over (no name is waited for).
    const rowsOf = async (): Promise<number> => {
      const roots = model.roots('owed');
      const open = roots.filter(n => (n.kind === 'interviewer' || n.kind === 'day') && n.open);
      const children = await Promise.all(open.map(n => model.children(n)));
      return roots.length + children.reduce((sum, rows) => sum + rows.length, 0);
    };
    let counted: Promise<void> = Promise.resolve();
    const first = model.onDidChange(() => {
      if (rowsAt === 0 && model.owedCount() > 0) {
        rowsAt = -1;
        counted = rowsOf().then(rows => {
          shownRows = rows;
          // From the listing's last reply: later listings (the other profile's) move listingEnd on.
          rowsAt = performance.now() - listingEnd;
        });
      }
    });
    const report = await model.refresh();
    await counted;
    first.dispose();
    await model.labelsSettled();
    const listing = paths.filter(isListing).length;
    const names = paths.filter(isName).length;
    const openApps = new Set(model.owedGroups().slice(0, OPEN_INTERVIEWERS).flatMap(g => g.items.map(i => i.applicationId)));
    for (const day of model.roots('recent')) {
      if (day.kind === 'day' && day.open) { for (const s of day.day.interviews) { openApps.add(s.applicationId); } }
    }
    const kept: QueueNode[] = model.roots('owed');
    await sleep(2000);
    const after = await settledMemory(gc);
    assert.ok(kept.length > 0 && shownRows > 0);

    // Saved (debounced); the sample tenant's queue on the other profile too. Then switches back and forth: each
    // profile's queue is restored from disk.
    await sleep(3000);
    const a = hire.session.activeProfile!;
    const b = hire.session.profiles.find(p => p.name === 'Queue B')!;
    await hire.session.switchProfile(b.id);
    await model.refresh();
    await model.labelsSettled();
    await sleep(3000);
    const restoreOnce = async (id: string): Promise<{ ms: number; requests: number; badge: number; }> => {
      let shown = 0;
      const watch = model.onDidChange(() => {
        if (shown === 0 && model.restoredAt !== undefined && hire.feedback.owedView.badge !== undefined) { shown = performance.now(); }
      });
      paths.length = 0;
      const started = performance.now();
      await hire.session.switchProfile(id);
      await waitFor('the restored queue', () => shown > 0, 10_000);
      watch.dispose();
      await sleep(300);
      return { ms: shown - started, requests: paths.length, badge: hire.feedback.owedView.badge?.value ?? 0 };
    };
    const company: Array<Awaited<ReturnType<typeof restoreOnce>>> = [];
    const sample: Array<Awaited<ReturnType<typeof restoreOnce>>> = [];
    for (let round = 0; round < 7; round++) {
      company.push(await restoreOnce(a.id));
      sample.push(await restoreOnce(b.id));
    }
    writeBenchFigures({
      queueCompanyInterviews: report.interviews,
      queueCompanyListingRequests: listing,
      queueCompanyNameRequests: names,
      queueCompanyOpenApplications: openApps.size,
      queueCompanyFirstRowsMs: rowsAt,
      queueCompanyFirstRows: shownRows,
      queueCompanyMemoryMB: (after - before) / 1024 / 1024,
      queueRestoreBadgeMs: median(sample.map(r => r.ms)),
      queueRestoreRequests: Math.max(...sample.map(r => r.requests)),
      queueRestoreBadge: sample[0]!.badge,
      queueCompanyRestoreBadgeMs: median(company.map(r => r.ms)),
      queueCompanyRestoreRequests: Math.max(...company.map(r => r.requests)),
      queueCompanyRestoreBadge: company[0]!.badge,
    });
  });
});
