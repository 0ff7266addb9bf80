import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Serves public/mockServiceWorker.js at /mockServiceWorker.js (dev server and static build).
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    const { mergeConfig } = await import('vite');
    // @storybook/web-components imports lit/directive-helpers.js outside the pre-bundled deps, which
    // would load a second lit-html copy in dev ("Multiple versions of Lit loaded").
    return mergeConfig(config, {
      optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'] },
    });
  },
};
export default config;
