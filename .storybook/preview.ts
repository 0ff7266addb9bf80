import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import manifest from '../custom-elements.json' with { type: 'json' };
import { createHandlers } from '../mocks/handlers.js';
import { createNotificationHandlers } from '../demo/notifications/notifications-mocks.js';
import '../demo/notifications/acme-notifications.js';
import { personas } from '../mocks/personas.js';
import { storyDb } from '../stories/support/story-db.js';
import { withPersona } from '../stories/support/with-persona.js';
import '../src/define.js';

// msw-storybook-addon 3: `mswLoader(setup)` from the /csf3 entry. These handlers are the defaults a
// story returns to; `parameters.msw.handlers` adds per-story overrides (loading, errors).
const setup = async () => {
  // The example host section's routes come first: ours answer everything else under /api.
  const worker = setupWorker(...createNotificationHandlers({ db: storyDb }), ...createHandlers({ db: storyDb }));
  await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  return worker;
};

// Attribute, property, event and CSS tables in the docs come from the analyzer (npm run analyze).
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [mswLoader(setup)],
  decorators: [withPersona],
  globalTypes: {
    locale: {
      description: 'The language the elements speak (the provider\'s locale)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'de', title: 'Deutsch' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية (right to left)' },
          { value: 'en-XA', title: 'Pseudo-locale (en-XA)' },
        ],
        dynamicTitle: true,
      },
    },
    persona: {
      description: 'Mock persona (mocks/personas.ts): who is signed in',
      toolbar: {
        title: 'Persona',
        icon: 'user',
        items: [{ value: '', title: "Story's own persona" }, ...personas.map((p) => ({ value: p.id, title: `${p.label} (${p.id})` }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { persona: '', locale: 'en' },
  parameters: {
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
