/**
 * The lists a built-in section joins, and how it joins and leaves each — through the syntax tree
 * (source-edit.mjs), never by matching import lines. Each list says which file it is in, what it
 * adds and what it takes out; `new-panel.mjs` computes every edit before it writes any file.
 *
 * Not here because they are derived instead: src/define.ts (sync-defines.mjs, from src/define/),
 * the manifest and the framework bindings (analyze + sync-bindings.mjs, from the elements).
 */
import {
  appendToIntersection,
  initializerOf,
  insertAfter,
  isImport,
  isObject,
  isString,
  numberProperty,
  propertyName,
  removeFromIntersection,
  removeLines,
  statementsFrom,
  stringProperty,
  typeAliasOf,
} from './source-edit.mjs';

/** The last of `nodes`, or the error that says which list was not where it was expected. */
function last(nodes, what) {
  const found = nodes.at(-1);
  if (!found) throw new Error(`found no ${what}`);
  return found;
}

/** The rows of the built-in section table (src/access/sections.ts). */
export const sectionRows = (source) => initializerOf(source, 'sections').elements.filter(isObject);

/** The next free `order` in the scope: 10 after the scope's last built-in section. */
export function nextOrder(source, scope) {
  const orders = sectionRows(source)
    .filter((row) => stringProperty(row, 'scope') === scope)
    .map((row) => numberProperty(row, 'order') ?? 0);
  return Math.max(0, ...orders) + 10;
}

/** The import that comes last among a file's imports: new ones go after it. */
const lastImport = (source) => last(source.tree.statements.filter(isImport), `import in ${source.path}`);

/** A string property of an object literal, by its name (`'section.company/sites'`). */
const property = (object, name) => object.properties.find((p) => propertyName(p) === name);

/** The section's id and row in the built-in section table. */
export const sectionTable = {
  file: 'src/access/sections.ts',
  add(source, panel) {
    const ids = initializerOf(source, 'sectionIds').elements;
    return [
      insertAfter(source, last(ids, 'sectionIds entry'), `'${panel.id}',`, { list: ids }),
      insertAfter(source, last(sectionRows(source), 'sections row'), panel.sectionRow, { list: initializerOf(source, 'sections').elements }),
    ];
  },
  remove(source, panel) {
    const id = initializerOf(source, 'sectionIds').elements.find((element) => isString(element, panel.id));
    const row = sectionRows(source).find((candidate) => stringProperty(candidate, 'id') === panel.id);
    return [id, row].filter(Boolean).map((node) => removeLines(source, node));
  },
};

/**
 * The section's navigation label, beside the other sections' labels in a core catalog: English in
 * `coreMessages`, and in each language's core an English stand-in marked untranslated.
 */
export function sectionLabel(file, variable, { untranslated = false } = {}) {
  return {
    file,
    add(source, panel) {
      const labels = initializerOf(source, variable).properties.filter((p) => propertyName(p)?.startsWith('section.'));
      const line = `'section.${panel.id}': '${panel.label}',${untranslated ? ' // untranslated: written by npm run new-panel' : ''}`;
      return [insertAfter(source, last(labels, `section label in ${variable}`), line)];
    },
    remove(source, panel) {
      const found = property(initializerOf(source, variable), `section.${panel.id}`);
      return found ? [removeLines(source, found)] : [];
    },
  };
}

/**
 * One area of strings in a catalog made of areas: its import after the last import, and its spread
 * (`...webhooksDe,`) after the last one in `variable`.
 */
export function catalogArea(file, variable, { importLine, spread, from }) {
  return {
    file,
    add(source, panel) {
      const areas = initializerOf(source, variable).properties;
      return [insertAfter(source, lastImport(source), importLine(panel)), insertAfter(source, last(areas, `area in ${variable}`), `...${spread(panel)},`, { list: areas })];
    },
    remove(source, panel) {
      const areas = initializerOf(source, variable).properties;
      const spreadOf = areas.find((p) => p.expression?.getText(source.tree) === spread(panel));
      const imports = statementsFrom(source, (module) => module === from(panel));
      return [...imports, spreadOf].filter(Boolean).map((node) => removeLines(source, node));
    },
  };
}

/** The `Catalog` type (src/i18n/catalogs/en/index.ts): the English area's import, and `typeof <area>Messages` in the intersection. */
export const catalogType = {
  file: 'src/i18n/catalogs/en/index.ts',
  add(source, panel) {
    return [
      insertAfter(source, lastImport(source), `import type { ${panel.camel}Messages } from './${panel.name}.js';`),
      appendToIntersection(source, typeAliasOf(source, 'Catalog'), `typeof ${panel.camel}Messages`),
    ];
  },
  remove(source, panel) {
    const imports = statementsFrom(source, (module) => module === `./${panel.name}.js`).map((node) => removeLines(source, node));
    return [...imports, removeFromIntersection(source, typeAliasOf(source, 'Catalog'), `typeof ${panel.camel}Messages`)].filter(Boolean);
  },
};

/** What the package exports of the panel (src/index.ts): the class, after the last panel's, and its client routes. */
export const packageExports = {
  file: 'src/index.ts',
  add(source, panel) {
    const panels = statementsFrom(source, (module) => module.startsWith('./components/')).filter((s) => !isImport(s));
    const folder = `./components/settings-${panel.name}`;
    return [
      insertAfter(
        source,
        last(panels, 'export from ./components/'),
        `export { Settings${panel.pascal} } from '${folder}/settings-${panel.name}.js';\n` +
          `export { create${panel.pascal}Client, type ${panel.pascal}Client, type ${panel.pascal}Settings } from '${folder}/${panel.name}-api.js';`,
      ),
    ];
  },
  remove(source, panel) {
    return statementsFrom(source, (module) => module.startsWith(`./components/settings-${panel.name}/`)).map((node) => removeLines(source, node));
  },
};

/** The panel's events among the package's events (src/events/index.ts), after the last. */
export const eventExports = {
  file: 'src/events/index.ts',
  add(source, panel) {
    const statements = source.tree.statements;
    const line = `export { Settings${panel.pascal}UpdateEvent, Settings${panel.pascal}UpdatedEvent } from './${panel.name}-events.js';`;
    return [insertAfter(source, last(statements, 'statement'), line)];
  },
  remove(source, panel) {
    return statementsFrom(source, (module) => module === `./${panel.name}-events.js`).map((node) => removeLines(source, node));
  },
};

/**
 * The mock server's name for an organization or company section, in its 403 messages
 * (mocks/db/authorize.ts: a record over those built-in ids, so a missing one is a type error).
 */
export const mockSectionNames = {
  file: 'mocks/db/authorize.ts',
  add(source, panel) {
    if (panel.scope === 'personal') return [];
    const names = initializerOf(source, 'sectionNames').properties;
    return [insertAfter(source, last(names, 'entry in sectionNames'), `'${panel.id}': '${panel.label.toLowerCase()}',`, { list: names })];
  },
  remove(source, panel) {
    const found = property(initializerOf(source, 'sectionNames'), panel.id);
    return found ? [removeLines(source, found)] : [];
  },
};

/** Every list the panel joins, for the languages in src/i18n/catalogs/. */
export function listsFor(languages) {
  return [
    sectionTable,
    sectionLabel('src/i18n/catalogs/en/core.ts', 'coreMessages'),
    catalogType,
    catalogArea('test/i18n/english-catalog.ts', 'englishCatalog', {
      importLine: (panel) => `import { ${panel.camel}Messages } from '../../src/i18n/catalogs/en/${panel.name}.js';`,
      spread: (panel) => `${panel.camel}Messages`,
      from: (panel) => `../../src/i18n/catalogs/en/${panel.name}.js`,
    }),
    ...languages.flatMap(({ code, suffix }) => [
      sectionLabel(`src/i18n/catalogs/${code}/core.ts`, `core${suffix}`, { untranslated: true }),
      catalogArea(`src/i18n/catalogs/${code}/index.ts`, code, {
        importLine: (panel) => `import { ${panel.camel}${suffix} } from './${panel.name}.js';`,
        spread: (panel) => `${panel.camel}${suffix}`,
        from: (panel) => `./${panel.name}.js`,
      }),
    ]),
    packageExports,
    eventExports,
    mockSectionNames,
  ];
}
