// The queue views' export rows: Feedback Owed exports only what is owed, Recent Interviews every record.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { formatOnly as t } from '../../src/feishu/translate';
import { groupByDay, groupByInterviewer, owedItems } from '../../src/model/queue/queueItems';
import { toCsv } from '../../src/model/export/interviewExport';
import { queueExportRows, type QueueExportSource } from '../../src/model/queue/queueExport';
import { fixedInterview } from './queueFixtures';

const NOW = Date.UTC(2026, 10, 27, 6);
const HOUR = 3_600_000;

const interview = fixedInterview;

const interviews = [
  interview('7100000000000000001', NOW - 30 * HOUR, [{ id: 'r1', commit: 2, name: '李娜' }, { id: 'r2', commit: 1, name: '=cmd|calc' }], '6100000000000000001'),
  interview('7100000000000000002', NOW - 5 * HOUR, [{ id: 'r3', commit: 1, name: 'Emma' }], '6100000000000000002'),
  // Not ended yet: nothing is owed for it, but it is a recent interview.
  interview('7100000000000000003', NOW - 0.5 * HOUR, [{ id: 'r4', commit: 2, name: '王磊' }], '6100000000000000002'),
];

const source: QueueExportSource = {
  owedGroups: () => groupByInterviewer(owedItems(interviews, NOW, 'en', 'Asia/Shanghai')),
  days: () => groupByDay(interviews, NOW, 'Asia/Shanghai'),
  label: id => id === '6100000000000000001' ? { candidateName: '张伟', jobTitle: '高级前端工程师' } : undefined,
};

describe('queue export', () => {
  test('Feedback Owed exports only the owed records; Recent Interviews every record of the window', () => {
    const owed = queueExportRows(source, 'owed', { lang: 'en', t });
    assert.deepEqual(owed.map(r => r.record.id), ['r1']);
    assert.equal(owed[0]!.candidate, '张伟');
    assert.equal(owed[0]!.job, '高级前端工程师');
    const recent = queueExportRows(source, 'recent', { lang: 'en', t });
    assert.deepEqual(recent.map(r => r.record.id).sort(), ['r1', 'r2', 'r3', 'r4']);
    assert.ok(recent.every(r => r.applicationId), 'every row names its application');
  });

  test('the CSV of the recent rows reads back whole, names intact and no cell a formula', () => {
    const rows = queueExportRows(source, 'recent', { lang: 'en', t });
    const csv = toCsv(rows, { t, lang: 'en', locale: 'en', timeZone: 'Asia/Shanghai' });
    const back = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    assert.equal(back.length, 4);
    const cells = back.flatMap(r => Object.values(r));
    assert.ok(cells.includes('李娜') && cells.includes('张伟'));
    assert.ok(cells.every(c => !/^[=+\-@]/.test(c)), 'a cell starts a formula');
  });
});
