// Custom-elements manifest (feeds Storybook docs and IDEs). Events are documented with `@fires`
// in each class's JSDoc; the analyzer also guesses events from `dispatchEvent(new X(arg))` calls
// and names them after the argument (`section`, `companyId`), so keep only real event names.
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
  ],
};
