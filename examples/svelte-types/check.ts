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

// The events that bubble out of the panels are typed where a host mounts the area: the change
// stream and the panels' facts and intents, on the provider and on the app.
export const heardByProvider: Provider = {
  'onsettings-change': (event) => void event.change.action,
  'on:settings-change': (event) => void event.change.actor.email,
  'onsettings-site-updated': (event) => void event.site.id,
};
export const heardByApp: App = {
  'onsettings-change': (event) => void event.change.target.id,
  'on:settings-api-key-revoke': (event) => event.preventDefault(),
};

// The lines below must not compile: if the augmentation did not apply, the tag would fall back to
// Svelte's "any attribute" and these would pass, failing the check instead.
// @ts-expect-error followHash is a boolean property
export const wrongProperty: App = { followHash: 'yes' };
// @ts-expect-error the event has `section`, not `sectionId`
export const wrongListener: App = { 'onsettings-navigate': (event) => void event.sectionId };
// @ts-expect-error the change record has `action`, not `kind`
export const wrongChange: Provider = { 'onsettings-change': (event) => void event.change.kind };
// @ts-expect-error the change record has `action`, not `kind`
export const wrongChangeOnApp: App = { 'on:settings-change': (event) => void event.change.kind };
// @ts-expect-error settings-dialog-closed stays inside its panel's shadow root
export const notHeard: Provider = { 'onsettings-dialog-closed': () => undefined };
