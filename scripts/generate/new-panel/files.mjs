/**
 * The files a built-in section starts with, filled from templates/: the panel and its API in its
 * component folder, its events, its English strings and every other language's (untranslated), its
 * define entry, mock routes, a test running the panel baseline, and stories.
 */
import { fileURLToPath } from 'node:url';
import { fillTemplate } from '../../../bin/lib/fill-template.mjs';
import { untranslatedEntries } from './untranslated.mjs';

const templates = fileURLToPath(new URL('./templates/', import.meta.url));

/** The tokens of the templates, and the conditions (the scope) of their `// [if …]` blocks. */
export function templateValues(panel) {
  return {
    tokens: { name: panel.name, Name: panel.pascal, nameCamel: panel.camel, Label: panel.label, scope: panel.scope, Scope: panel.Scope, id: panel.id, order: panel.order },
    conditions: [panel.scope],
  };
}

export const fill = (template, panel, extraTokens = {}) => {
  const values = templateValues(panel);
  return fillTemplate(templates + template, { ...values, tokens: { ...values.tokens, ...extraTokens } });
};

/** The row of the built-in section table, as inserted into src/access/sections.ts. */
export const sectionRowOf = (panel) => fill('section-row.ts.tmpl', panel).trimEnd();

/** Every file of the panel: `[{ path, text }]`, paths from the repository root. */
export function panelFiles(panel, languages) {
  const { name } = panel;
  const english = fill('messages.ts.tmpl', panel);
  return [
    { path: `src/components/settings-${name}/settings-${name}.ts`, text: fill('panel.ts.tmpl', panel) },
    { path: `src/components/settings-${name}/${name}-api.ts`, text: fill('api.ts.tmpl', panel) },
    { path: `src/events/${name}-events.ts`, text: fill('events.ts.tmpl', panel) },
    { path: `src/i18n/catalogs/en/${name}.ts`, text: english },
    ...languages.map(({ code, suffix, englishName }) => ({
      path: `src/i18n/catalogs/${code}/${name}.ts`,
      text: fill('translation.ts.tmpl', panel, { Language: englishName, area: `${panel.camel}${suffix}`, entries: untranslatedEntries(english, `${panel.camel}Messages`) }),
    })),
    { path: `src/define/settings-${name}.ts`, text: fill('define.ts.tmpl', panel) },
    { path: `mocks/${name}-handlers.ts`, text: fill('mocks.ts.tmpl', panel) },
    { path: `test/components/settings-${name}.test.ts`, text: fill('test.ts.tmpl', panel) },
    { path: `stories/settings-${name}.stories.ts`, text: fill('story.ts.tmpl', panel) },
  ];
}
