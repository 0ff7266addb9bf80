// The README's "Supported browsers" and what the build is told must agree: the table's **floor** row is
// the newest version each feature row needs, per engine; package.json's `browserslist` states exactly
// that floor (Edge as Chrome, iOS Safari as Safari); and vite.config.ts takes its build target from
// `browserslist` rather than from a list of its own.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');

/** 17.5 → [17, 5], compared part by part. */
const compare = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};
const newest = (versions) => versions.reduce((a, b) => (compare(a, b) >= 0 ? a : b));

/** The rows of the table in the README's "Supported browsers" section: [first cell, Chrome/Edge, Firefox, Safari]. */
function tableRows() {
  const readme = read('README.md');
  const start = readme.indexOf('\n## Supported browsers\n');
  assert.notEqual(start, -1, 'README.md has no "## Supported browsers" section');
  const section = readme.slice(start + 1).split(/\n## /)[0];
  const lines = section.split('\n').filter((line) => line.startsWith('|'));
  assert.deepEqual(
    lines[0]?.split('|').slice(2, 5).map((cell) => cell.trim()),
    ['Chrome / Edge', 'Firefox', 'Safari'],
    'the "Supported browsers" table has the columns feature, Chrome / Edge, Firefox, Safari',
  );
  return lines.slice(2).map((line) => line.split('|').slice(1, 5).map((cell) => cell.trim().replace(/\*\*/g, '')));
}

test('the floor row is the newest version the feature rows need, per engine', () => {
  const rows = tableRows();
  const floor = rows.find(([name]) => name === 'floor');
  assert.ok(floor, 'the table has a **floor** row');
  const features = rows.filter((row) => row !== floor);
  assert.ok(features.length > 3, 'the table lists the features');
  for (const [column, engine] of [[1, 'Chrome / Edge'], [2, 'Firefox'], [3, 'Safari']]) {
    for (const row of features) assert.match(row[column], /^\d+(\.\d+)?$/, `${row[0]}: "${row[column]}" is not a version (${engine})`);
    assert.equal(floor[column], newest(features.map((row) => row[column])), `${engine}: the floor is not the newest version in its column`);
  }
});

test("package.json's browserslist states the README's floor", () => {
  const [, chrome, firefox, safari] = tableRows().find(([name]) => name === 'floor');
  const { browserslist } = JSON.parse(read('package.json'));
  assert.deepEqual(browserslist, [`chrome >= ${chrome}`, `edge >= ${chrome}`, `firefox >= ${firefox}`, `safari >= ${safari}`, `ios_saf >= ${safari}`]);
});

test('the library build takes its target from browserslist', () => {
  const config = read('vite.config.ts');
  assert.match(config, /\btarget: browserTargets\(\),/, 'vite.config.ts: build.target is not browserTargets()');
  assert.match(config, /function browserTargets\(\)[^]*?browserslist/, 'vite.config.ts: browserTargets() does not read browserslist');
});

test('the README names the floor in its first sentence', () => {
  const [, chrome, firefox, safari] = tableRows().find(([name]) => name === 'floor');
  const readme = read('README.md');
  const intro = readme.slice(readme.indexOf('\n## Supported browsers\n')).split('\n\n')[1].replace(/\s+/g, ' ');
  assert.ok(intro.includes(`Chrome and Edge ${chrome}, Firefox ${firefox} and Safari ${safari}`), `"${intro}" does not name the floor`);
});
