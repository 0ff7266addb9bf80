#!/usr/bin/env node
// npm run new-panel -- <name> [personal|company|organization] [id-prefix]
//
// Starts a new settings section the way every panel of the library starts: a SettingsPanel with a
// gated read, one write controller, a field and a status line from the kit's views; its strings,
// events, API methods, section definition (access rule), define entry, mock routes, a test running
// the panel baseline and stories using the shared states. Then it lists the new define entry in
// src/define.ts and the strings in the catalog type, and brings the manifest and the framework
// bindings up to date (as CI checks them). Nothing is overwritten: an existing file stops it.
//
//   npm run new-panel -- webhooks organization       → custom/webhooks, Organization > Webhooks
//   npm run new-panel -- --remove webhooks           → deletes what `new-panel webhooks` wrote
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const templates = fileURLToPath(new URL('./new-panel/', import.meta.url));
const scopes = ['personal', 'company', 'organization'];
const reservedPrefixes = scopes;

function fail(message) {
  console.error(`new-panel: ${message}`);
  console.error('usage: npm run new-panel -- <name> [personal|company|organization] [id-prefix]');
  process.exit(2);
}

const args = process.argv.slice(2);
const remove = args[0] === '--remove';
const [name, scope = 'personal', prefix = 'custom'] = remove ? args.slice(1) : args;
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) fail('the name is lower-case words joined by hyphens, e.g. webhooks or audit-log');
if (!scopes.includes(scope)) fail(`the scope is one of ${scopes.join(', ')}`);
if (!/^[a-z][a-z0-9-]*$/.test(prefix) || reservedPrefixes.includes(prefix)) fail(`the id prefix is your own (not ${reservedPrefixes.join(', ')})`);

const words = name.split('-');
const pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const camel = pascal[0].toLowerCase() + pascal.slice(1);
const label = words.map((w, i) => (i === 0 ? w[0].toUpperCase() + w.slice(1) : w)).join(' ');
const id = `${prefix}/${name}`;
const scopeTitle = scope[0].toUpperCase() + scope.slice(1);

/** The access rule and the personas that show it, per scope (see the mock personas in DESIGN §4). */
const perScope = {
  personal: {
    rule: '',
    companyArg: 'null',
    storyPath: `/${id}`,
    baseline: '',
    personaStories: `\n/** Signs in with Okta: personal sections look the same for every user. */\nexport const SsoUser = asPersona('sso-user');\n`,
  },
  organization: {
    rule: `  // Members of the organization see it; those who manage anything there may change it.
  rule: (session) => ({
    allowed: true,
    mode: session.organization?.permissions.some((permission) => permission.endsWith('.manage')) ? 'manage' : 'view',
    roleName: session.organization?.role.name ?? null,
  }),
`,
    companyArg: 'null',
    storyPath: `/${id}`,
    baseline: `    deniedSession: db.sessionFor('company-admin'),\n    deniedReason: 'not-organization-member',\n`,
    personaStories: `\n/** A company-only Admin: the section is hidden, with the reason. */\nexport const CompanyAdmin = asPersona('company-admin');\n`,
  },
  company: {
    rule: `  // Members of the selected company see it; those who manage anything there may change it.
  rule: (_session, company) => ({
    allowed: true,
    mode: company?.permissions.some((permission) => permission.endsWith('.manage')) ? 'manage' : 'view',
    roleName: company?.role.name ?? null,
  }),
`,
    companyArg: 'settings.companyId!',
    storyPath: `/companies/*/${id}`,
    baseline: `    viewSession: db.sessionFor('company-viewer'),\n    deniedSession: db.sessionFor('billing-manager'),\n    deniedReason: 'no-company-access',\n    otherCompanyId: ownerSession.companies[1]!.id,\n`,
    personaStories: `\n/** A company Viewer: read-only, with the reason. */\nexport const CompanyViewer = asPersona('company-viewer');\n`,
  },
}[scope];

const files = {
  [`src/components/settings-${name}/settings-${name}.ts`]: 'panel.ts.tmpl',
  [`src/components/settings-${name}/${name}-api.ts`]: 'api.ts.tmpl',
  [`src/components/settings-${name}/${name}-section.ts`]: 'section.ts.tmpl',
  [`src/events/${name}-events.ts`]: 'events.ts.tmpl',
  [`src/i18n/en/${name}.ts`]: 'messages.ts.tmpl',
  [`src/define/settings-${name}.ts`]: 'define.ts.tmpl',
  [`mocks/${name}-handlers.ts`]: 'mocks.ts.tmpl',
  [`test/components/settings-${name}.test.ts`]: 'test.ts.tmpl',
  [`stories/settings-${name}.stories.ts`]: 'story.ts.tmpl',
};

const tokens = {
  __nameCamel__: camel,
  __name__: name,
  __Name__: pascal,
  __Label__: label,
  __Scope__: scopeTitle,
  __scope__: scope,
  __id__: id,
  __rule__: perScope.rule,
  __fact__:
    scope === 'company'
      ? `(saved, { companyId }, change) => new Settings${pascal}UpdatedEvent(companyId ?? null, saved, change)`
      : `(saved, _, change) => new Settings${pascal}UpdatedEvent(null, saved, change)`,
  __storyPath__: perScope.storyPath,
  __baselineSessions__: perScope.baseline,
  __personaStories__: perScope.personaStories,
};

function fill(template) {
  let text = readFileSync(templates + template, 'utf8');
  // In the panel, `args` reads the company from `settings`; the write from the one on screen.
  text = text.replaceAll('[settings.client, __companyArg__]', `[settings.client, ${perScope.companyArg}]`);
  text = text.replaceAll('companyId: __companyArg__', `companyId: ${scope === 'company' ? 'this.settings!.companyId!' : 'null'}`);
  for (const [token, value] of Object.entries(tokens)) text = text.replaceAll(token, value);
  if (/__[A-Za-z]+__/.test(text)) throw new Error(`${template}: a token was left unfilled: ${text.match(/__[A-Za-z]+__/)[0]}`);
  return text;
}

/** The catalog type lists every area's strings: add (or take out) this one. */
function editCatalog(adding) {
  const path = `${root}src/i18n/en.ts`;
  let text = readFileSync(path, 'utf8');
  const importLine = `import type { ${camel}Messages } from './en/${name}.js';\n`;
  const typeLine = `  typeof ${camel}Messages &\n`;
  if (adding) {
    text = text.replace(/(import type \{ \w+ \} from '\.\/en\/[\w-]+\.js';\n)(?![\s\S]*import type \{ \w+ \} from '\.\/en\/)/, `$1${importLine}`);
    text = text.replace('export type Catalog = ', `export type Catalog = typeof ${camel}Messages &\n  `);
  } else {
    text = text.replace(importLine, '').replace(`typeof ${camel}Messages &\n  `, '').replace(typeLine, '');
  }
  writeFileSync(path, text);
}

/**
 * The package exports every panel and its events (the framework bindings import them from there):
 * add (or take out) this one's.
 */
function editExports(adding) {
  const edits = [
    [`${root}src/index.ts`, `export { Settings${pascal} } from './components/settings-${name}/settings-${name}.js';\n`, /(export \{ Settings\w+ \} from '\.\/components\/[^']+';\n)(?![\s\S]*export \{ Settings\w+ \} from '\.\/components\/)/],
    [`${root}src/events/index.ts`, `export * from './${name}-events.js';\n`, /$/],
  ];
  for (const [path, line, after] of edits) {
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, adding ? text.replace(after, (found) => `${found}${line}`) : text.replace(line, ''));
  }
}

/**
 * What is derived from the elements, brought up to date as CI checks it: the define entries, the
 * custom elements manifest, and the framework bindings (React wrappers, Vue and Svelte types).
 */
function syncDerived() {
  execFileSync(process.execPath, [fileURLToPath(new URL('./sync-defines.mjs', import.meta.url))], { stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'analyze'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [fileURLToPath(new URL('./sync-bindings.mjs', import.meta.url))], { stdio: 'inherit' });
}

if (remove) {
  for (const path of Object.keys(files)) rmSync(root + path, { force: true });
  rmSync(`${root}src/components/settings-${name}`, { recursive: true, force: true });
  editCatalog(false);
  editExports(false);
  syncDerived();
  console.log(`new-panel: removed settings-${name}.`);
  process.exit(0);
}

const existing = Object.keys(files).filter((path) => existsSync(root + path));
if (existing.length > 0) fail(`these exist already: ${existing.join(', ')}`);
for (const [path, template] of Object.entries(files)) {
  mkdirSync(dirname(root + path), { recursive: true });
  writeFileSync(root + path, fill(template));
  console.log(`  wrote ${path}`);
}
editCatalog(true);
editExports(true);
syncDerived();
console.log(`
new-panel: <settings-${name}> renders ${scopeTitle} > ${label} (section id '${id}').
Next:
  - register the section: <settings-provider .sections=\${[${camel}Section]}> (demo/main.ts for the demo)
  - add its routes to the client: { ...createHttpClient(options), ...create${pascal}Client(options) }
  - give it its real fields in ${name}-api.ts, the form, the mock routes and the tests
  - CHROME_PATH=/usr/bin/chromium npx wtr --files test/components/settings-${name}.test.ts`);
