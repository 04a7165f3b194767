// The developers' guide: no file in src/ over 400 lines; a longer one is split by concept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 400;
const SRC = join(__dirname, '..', '..', '..', 'src');

test(`no file in src/ is over ${MAX_LINES} lines`, () => {
  const files = readdirSync(SRC, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name));
  assert.ok(files.length > 100, `read ${files.length} files of ${SRC}`);
  const long = files.map(file => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 })).filter(f => f.lines > MAX_LINES).map(f =>
    `${f.file.slice(SRC.length + 1)}: ${f.lines}`
  );
  assert.deepEqual(long, []);
});
