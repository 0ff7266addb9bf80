// Custom-elements manifest (feeds Storybook docs and IDEs). Events are documented with `@fires`
// in each class's JSDoc; the analyzer also guesses events from `dispatchEvent(new X(arg))` calls
// and names them after the argument (`section`, `companyId`), so keep only real event names.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The parts `<settings-app>` passes through from its panels (`exportparts`), from their one source:
 * the `@csspart`s of `SettingsPanel` (the kit's shared parts) and of each built-in panel. Written to
 * src/components/settings-app/panel-parts.ts on every `npm run analyze` (CI, `npm run new-panel`),
 * as compact strings the shell expands at run time.
 */
const panelPartsFile = new URL('src/components/settings-app/panel-parts.ts', import.meta.url);

function panelPartsModule(declarations) {
  const names = (declaration) => (declaration?.cssParts ?? []).map((part) => part.name);
  const shared = names(declarations.find((d) => d.name === 'SettingsPanel' && !d.tagName));
  if (shared.length === 0) throw new Error('SettingsPanel documents no @csspart: the shell would pass no part through');
  const own = declarations
    .filter((d) => d.tagName && d.superclass?.name === 'SettingsPanel')
    .map((d) => [d.tagName, names(d).filter((part) => !shared.includes(part))])
    .filter(([, parts]) => parts.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return `// Written by \`npm run analyze\` (custom-elements-manifest.config.mjs) from the @csspart JSDoc of
// SettingsPanel and of each built-in panel: do not edit by hand.

/** The kit's shared parts, in every panel (ours and a host's). */
export const sharedParts = '${shared.join(' ')}';

/** Each built-in panel's own parts, by tag. */
export const panelParts: Readonly<Record<string, string>> = {
${own.map(([tag, parts]) => `  '${tag}': '${parts.join(' ')}',\n`).join('')}};
`;
}

export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  plugins: [
    {
      name: 'settings-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name?.startsWith('settings-'));
          }
        }
      },
    },
    {
      // Our elements declare their reactive properties in `static properties` (decorators would bring
      // lit's decorator code into every host's first load). The analyzer reads that object, but gives
      // an internal `state: true` property an attribute, and marks the public ones `privacy: public`
      // where a public field otherwise has no privacy: both put right here, so the manifest says what
      // it said with decorators.
      name: 'settings-static-properties',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const declaration = moduleDoc.declarations?.find((d) => d.name === node.name.text);
        const properties = node.members.find(
          (member) => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer),
        );
        if (!declaration || !properties) return;
        const states = properties.initializer.properties
          .filter((entry) => ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer))
          .filter((entry) => entry.initializer.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword))
          .map((entry) => entry.name.getText());
        for (const member of declaration.members ?? []) {
          if (member.privacy === 'public') delete member.privacy;
          if (states.includes(member.name)) delete member.attribute;
        }
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !states.includes(attribute.fieldName));
      },
    },
    {
      name: 'settings-shell-panel-parts',
      packageLinkPhase({ customElementsManifest }) {
        const text = panelPartsModule(customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []));
        if (existsSync(panelPartsFile) && readFileSync(panelPartsFile, 'utf8') === text) return;
        writeFileSync(panelPartsFile, text);
        console.log('settings-shell-panel-parts: wrote src/components/settings-app/panel-parts.ts (commit it).');
      },
    },
  ],
};
