// settings-elements new-section <name> [personal|company|organization] [--prefix acme] [--dir <folder>]
//
// Starts a host's own settings section in one new folder, <dir>/<name>/, shaped like the demo's
// Personal > Notifications (demo/notifications/ in the repository): the panel, its section
// definition with an access rule for its scope, its API methods, intent → fact events, its own
// strings and its MSW mock routes. They import only settings-elements, settings-elements/mocks,
// lit and msw. Nothing of the host's is edited: it prints the lines to add. An existing folder
// stops it, so nothing is ever overwritten.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fillTemplate } from './lib/fill-template.mjs';
import { capitalize, nameForms, namePattern, scopes } from './lib/names.mjs';

const templates = fileURLToPath(new URL('./new-section/', import.meta.url));
const usage = 'usage: settings-elements new-section <name> [personal|company|organization] [--prefix acme] [--dir <folder>]';
const defaultPrefix = 'custom';

/** Prefixes the ids or tags of settings-elements' own sections and elements use. */
const reservedPrefixes = [...scopes, 'settings'];

/** The files of the folder: what each is for (printed), and its template. */
function filesOf(forms, tag) {
  const { name } = forms;
  return [
    { file: `${tag}.ts`, template: 'panel.ts.tmpl', about: 'the panel' },
    { file: `${name}-section.ts`, template: 'section.ts.tmpl', about: 'where it appears and who may see it (its access rule)' },
    { file: `${name}-api.ts`, template: 'api.ts.tmpl', about: 'what it stores and its two routes, on createHttpRequest' },
    { file: `${name}-events.ts`, template: 'events.ts.tmpl', about: `${tag}-update → ${tag}-updated, with the audit change` },
    { file: `${name}-text.ts`, template: 'text.ts.tmpl', about: 'its strings: English, and the place for your languages' },
    { file: `${name}-mocks.ts`, template: 'mocks.ts.tmpl', about: 'its MSW mock routes (import them only where the mocks start)' },
    { file: 'index.ts', template: 'index.ts.tmpl', about: 'what your app imports' },
  ];
}

/** The command line, checked; or the message that says what is wrong. */
function parse(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { prefix: { type: 'string', default: defaultPrefix }, dir: { type: 'string', default: '.' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return { help: true };
  const [name, scope = 'personal', ...extra] = positionals;
  if (extra.length > 0) return { problem: `unexpected arguments: ${extra.join(' ')}` };
  if (!name || !namePattern.test(name)) return { problem: 'the name is lower-case words joined by hyphens, e.g. webhooks or audit-log' };
  if (!scopes.includes(scope)) return { problem: `the scope is one of ${scopes.join(', ')}` };
  if (!namePattern.test(values.prefix) || reservedPrefixes.includes(values.prefix)) {
    return { problem: `the prefix is your own, in lower-case words joined by hyphens (not ${reservedPrefixes.join(', ')})` };
  }
  return { name, scope, prefix: values.prefix, dir: values.dir };
}

/** The path as an import from the current directory would spell it. */
const importPath = (path) => {
  const spelled = relative(process.cwd(), path).split(sep).join('/');
  return spelled.startsWith('.') ? spelled : `./${spelled}`;
};

export function run(argv) {
  let options;
  try {
    options = parse(argv);
  } catch (error) {
    options = { problem: error.message };
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  if (options.problem) {
    console.error(`settings-elements new-section: ${options.problem}\n${usage}`);
    return 2;
  }

  const { name, scope, prefix, dir } = options;
  const forms = nameForms(name);
  const tag = `${prefix}-${name}`;
  const tokens = {
    name,
    Name: forms.pascal,
    nameCamel: forms.camel,
    Label: forms.label,
    scope,
    Scope: capitalize(scope),
    id: `${prefix}/${name}`,
    tag,
    Class: nameForms(tag).pascal,
  };

  const folder = join(dir, name);
  if (existsSync(folder)) {
    console.error(`settings-elements new-section: ${folder} exists already; nothing was written. Choose another name or --dir.`);
    return 1;
  }
  // Every file is filled before any is written: a broken template leaves no half a folder behind.
  const files = filesOf(forms, tag).map((entry) => ({ ...entry, text: fillTemplate(join(templates, entry.template), { tokens, conditions: [scope] }) }));
  mkdirSync(folder, { recursive: true });
  for (const { file, text } of files) writeFileSync(join(folder, file), text);

  const at = importPath(folder);
  const width = Math.max(...files.map(({ file }) => file.length)) + 2;
  console.log(`settings-elements new-section: wrote ${at}/ — ${tokens.Scope} > ${forms.label}, section id ${tokens.id}, <${tag}>`);
  for (const { file, about } of files) console.log(`  ${file.padEnd(width)}${about}`);
  if (prefix === defaultPrefix) console.log(`  (your own id prefix and tag prefix instead of "${defaultPrefix}": --prefix acme)`);
  console.log(`
Add it where your app sets up <settings-provider> (the paths as seen from the current directory):
  1. import { create${forms.pascal}Client, ${forms.camel}Section } from '${at}/index.js';
  2. <settings-provider .client=\${{ ...createHttpClient(options), ...create${forms.pascal}Client(options) }} .sections=\${[${forms.camel}Section]}>
  3. startMockWorker({ db, handlers: create${forms.pascal}Handlers({ db }) });   // import { create${forms.pascal}Handlers } from '${at}/${name}-mocks.js';
Then give it its real fields: ${name}-api.ts, the form in ${tag}.ts, ${name}-mocks.ts and ${name}-text.ts.`);
  return 0;
}
