// `npm run tokens:doc`: writes the design-token table of the README (between the tokens:start and
// tokens:end markers) from its one source — the names and defaults in src/styles/tokens.ts and
// what each is for in src/styles/token-docs.ts. `--check` (CI) fails when the README is stale or a
// token and its documentation do not match one to one.
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// Colours are `key: ['--settings-…', '<light>', '<dark>'],`, every other token `key: 'var(--settings-…, <default>)',`.
const tokens = [
  ...read('src/styles/tokens.ts').matchAll(/^\s+(\w+): (?:\['(--settings-[\w-]+)', '([^']+)', '([^']+)'\]|'var\((--settings-[\w-]+), (.+)\)'),$/gm),
].map(([, key, color, light, dark, property, fallback]) => (color ? { key, property: color, fallback: `light-dark(${light}, ${dark})` } : { key, property, fallback }));
// A use in single or double quotes (`"Weight of a button's label."`).
const docs = new Map(
  [...read('src/styles/token-docs.ts').matchAll(/^\s+(\w+): \{ group: '([^']+)', use: (?:'((?:[^'\\]|\\.)+)'|"((?:[^"\\]|\\.)+)") \},$/gm)].map(([, key, group, single, double]) => [
    key,
    { group, use: (single ?? double).replace(/\\(['"])/g, '$1') },
  ]),
);
const groups = [...read('src/styles/token-docs.ts').matchAll(/tokenGroups = \[([^\]]+)\]/g)][0][1].match(/'[^']+'/g).map((g) => g.slice(1, -1));

const problems = [
  ...tokens.filter((t) => !docs.has(t.key)).map((t) => `${t.key} (${t.property}) has no entry in src/styles/token-docs.ts`),
  ...[...docs.keys()].filter((key) => !tokens.some((t) => t.key === key)).map((key) => `token-docs.ts documents ${key}, which tokens.ts does not have`),
];
if (tokens.length === 0) problems.push('no tokens found in src/styles/tokens.ts (has its format changed?)');

const defaults = (fallback) => {
  const pair = /^light-dark\((.+), (.+)\)$/.exec(fallback);
  return pair ? `\`${pair[1]}\` light, \`${pair[2]}\` dark` : `\`${fallback}\``;
};
const table = [
  '| group | custom property | default | use |',
  '|---|---|---|---|',
  ...groups.flatMap((group) =>
    tokens.filter((t) => docs.get(t.key)?.group === group).map((t) => `| ${group} | \`${t.property}\` | ${defaults(t.fallback)} | ${docs.get(t.key).use} |`),
  ),
].join('\n');

const readme = read('README.md');
const start = '<!-- tokens:start (npm run tokens:doc) -->';
const end = '<!-- tokens:end -->';
const at = readme.indexOf(start);
const stop = readme.indexOf(end);
if (at < 0 || stop < at) problems.push(`README.md has no ${start} … ${end} markers`);
const next = at < 0 ? readme : `${readme.slice(0, at + start.length)}\n${table}\n${readme.slice(stop)}`;

if (problems.length) {
  for (const problem of problems) console.error(`tokens:doc: ${problem}`);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('tokens:doc: the README token table is stale: run `npm run tokens:doc` and commit it.');
    process.exit(1);
  }
  console.log(`tokens:doc: ${tokens.length} tokens, documented and in the README.`);
} else {
  writeFileSync(new URL('README.md', root), next);
  console.log(`tokens:doc: wrote ${tokens.length} tokens to README.md.`);
}
