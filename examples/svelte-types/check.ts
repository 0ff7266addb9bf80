// Type-checks settings-elements/svelte (dist/generated/types/svelte.d.ts) against the stand-in for
// svelte/elements: what a `<settings-app …>` in a Svelte template is checked against.
import type { SvelteHTMLElements } from 'svelte/elements';
import type { SettingsNavigateEvent } from 'settings-elements';
import type {} from 'settings-elements/svelte';

type App = SvelteHTMLElements['settings-app'];
type Provider = SvelteHTMLElements['settings-provider'];

export const accepted: App = {
  class: 'settings',
  section: 'personal/general',
  'follow-hash': true,
  'onsettings-navigate': (event: SettingsNavigateEvent) => void event.section,
  'on:settings-navigate': (event) => void event.section,
};
export const provider: Provider = { 'support-email': 'support@example.com', 'onsettings-company-changed': (event) => void event.companyId };

// The lines below must not compile: if the augmentation did not apply, the tag would fall back to
// Svelte's "any attribute" and these would pass, failing the check instead.
// @ts-expect-error followHash is a boolean property
export const wrongProperty: App = { followHash: 'yes' };
// @ts-expect-error the event has `section`, not `sectionId`
export const wrongListener: App = { 'onsettings-navigate': (event) => void event.sectionId };
