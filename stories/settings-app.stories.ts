import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';

interface Args {
  section: string;
}

/**
 * The whole Settings area. Pick a persona in the toolbar, or open a per-persona story: the
 * navigation shows what that user may use and "Can't find a setting?" explains the rest.
 */
const meta: Meta<Args> = {
  title: 'Shell/settings-app',
  component: 'settings-app',
  args: { section: 'personal/general' },
  argTypes: { section: { control: 'text', description: 'Section id shown (deep link)' } },
  render: ({ section }) => html`<settings-app section=${section}></settings-app>`,
};
export default meta;
type Story = StoryObj<Args>;

const asPersona = (persona: PersonaId, section = 'personal/general'): Story => ({
  parameters: { persona },
  args: { section },
});

export const Owner = asPersona('owner');
export const OrganizationAdmin = asPersona('org-admin');
export const BillingManager = asPersona('billing-manager');
export const CompanyAdmin = asPersona('company-admin');
export const CompanyViewer = asPersona('company-viewer', 'company/sites');
export const SsoUser = asPersona('sso-user');
export const NoApiKeysFeature = asPersona('no-api-keys', 'organization/api-keys');
export const NoBillingProfile = asPersona('no-billing-profile', 'organization/billing');
export const LargeOrganization = asPersona('large-org', 'company/sites');
export const Unstable = asPersona('unstable');

/** In German (the Language toolbar shows every story in every language). */
export const German: Story = { ...asPersona('owner', 'organization/api-keys'), globals: { locale: 'de' } };
/** In French. */
export const French: Story = { ...asPersona('owner', 'company/sites'), globals: { locale: 'fr' } };
/** In Arabic: the whole area mirrored — navigation, switcher, tables and dialogs. */
export const Arabic: Story = { ...asPersona('owner', 'organization/admin-team'), globals: { locale: 'ar' } };
/** The pseudo-locale: every string of ours accented, ~40 % longer and bracketed; plain English is hard-coded. */
export const PseudoLocale: Story = { ...asPersona('owner', 'personal/preferences'), globals: { locale: 'en-XA' } };

/** A company-only member following a link to API keys: the reason, no panel, no request. */
export const DeepLinkToHiddenSection = asPersona('company-admin', 'organization/api-keys');

/** The section id in the link does not exist. */
export const UnknownSection = asPersona('owner', 'organization/does-not-exist');

/** The session is still loading. */
export const LoadingSession: Story = {
  parameters: { msw: { handlers: [http.get('/api/session', async () => { await delay('infinite'); })] } },
};

/** The session could not be loaded: the error says so and offers a retry. */
export const SessionError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/session', () => HttpResponse.json({ error: { code: 'server_error', message: 'Internal error' } }, { status: 500 })),
      ],
    },
  },
};

/** The API answers 401: the host gets `settings-unauthorized`, the user a clear message. */
export const SessionExpired: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('/api/session', () => HttpResponse.json({ error: { code: 'unauthorized', message: 'Token expired' } }, { status: 401 })),
      ],
    },
  },
};
