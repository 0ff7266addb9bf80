import { defineConfig } from 'vite';

/**
 * Library build: ESM only, one output file per entry so a host can import classes without
 * defining tags (`index`) and register only what it uses (`define/<tag>`).
 * lit, @lit/* and @floating-ui/* stay external so hosts dedupe them.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'define/settings-provider': 'src/define/settings-provider.ts',
        'define/settings-app': 'src/define/settings-app.ts',
        'define/settings-company-switcher': 'src/define/settings-company-switcher.ts',
        'define/settings-dialog': 'src/define/settings-dialog.ts',
        'define/settings-action-menu': 'src/define/settings-action-menu.ts',
        'define/settings-profile': 'src/define/settings-profile.ts',
        'define/settings-membership': 'src/define/settings-membership.ts',
        'define/settings-billing': 'src/define/settings-billing.ts',
        'define/settings-data-repository': 'src/define/settings-data-repository.ts',
        'define/settings-sites': 'src/define/settings-sites.ts',
        'define/settings-company-members': 'src/define/settings-company-members.ts',
        'define/settings-admin-team': 'src/define/settings-admin-team.ts',
        'define/settings-data-preferences': 'src/define/settings-data-preferences.ts',
        'define/settings-preferences': 'src/define/settings-preferences.ts',
        'define/settings-api-keys': 'src/define/settings-api-keys.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^@floating-ui\//],
      // One output file per source module, mirroring src/ (and the .d.ts files beside them), so
      // hosts' bundlers tree-shake per module and stack traces name our real files.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
    sourcemap: true,
    copyPublicDir: false, // otherwise public/mockServiceWorker.js lands in dist/
    minify: false, // hosts minify; keep our output readable
  },
});
