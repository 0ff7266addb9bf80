import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../demo/notifications/acme-notifications.js';

/**
 * Personal > Notifications is not ours: it is the example **host section**
 * (`demo/notifications/`), built only from the public exports — `SettingsPanel`, a read and a
 * write controller — registered with `<settings-provider .sections>` and served by its own MSW
 * routes beside ours. It shows what every host section gets: the access gate with its own reason
 * (SSO accounts), loading / error states, kept input on a failed save, intent → fact events.
 */
const meta: Meta = {
  title: 'Host sections/Notifications',
  component: 'acme-notifications',
  render: () => html`<acme-notifications></acme-notifications>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const route = '/api/acme/notifications';

/** Owner: events × channels, Save and Cancel once something changed. */
export const Owner = asPersona('owner');

/** Signs in with Okta: the section explains that IT sets notifications, and sends no request. */
export const SsoUser = asPersona('sso-user');

/** Still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: { msw: { handlers: [http.get(route, async () => void (await delay('infinite')))] } },
};

/** The preferences could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: {
    msw: { handlers: [http.get(route, () => HttpResponse.json({ error: { code: 'server_error', message: 'Internal error' } }, { status: 500 }))] },
  },
};

/** The whole area with the host section in the Personal group (between Preferences and Membership). */
export const InTheShell: Story = {
  render: () => html`<settings-app section="acme/notifications"></settings-app>`,
};
