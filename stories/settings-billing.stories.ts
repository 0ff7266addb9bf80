import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { tokenFor, type PersonaId } from '../mocks/personas.js';
import { createHttpClient } from '../src/api/http-client.js';
import '../src/define/settings-billing.js';
import { storyDb } from './support/story-db.js';

/**
 * Organization > Billing: plan, billing profile (Edit with Save/Cancel for billing managers and
 * Owners), payment method and invoices. Restricted by role; a tenant without a billing profile is
 * told to email support.
 */
const meta: Meta = {
  title: 'Organization/Billing',
  component: 'settings-billing',
  render: () => html`<settings-billing></settings-billing>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const failing = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status });

/** Owner: everything, profile editable. */
export const Owner = asPersona('owner');

/** Billing manager: manages billing without any company access. */
export const BillingManager = asPersona('billing-manager');

/** Fabrikam has no billing profile yet: the panel says so and points to the support email. */
export const NoBillingProfile = asPersona('no-billing-profile');

/** Same tenant, but the host configured no `support-email`: the user is sent to their account team. */
export const NoBillingProfileNoSupportEmail: Story = {
  parameters: { persona: 'no-billing-profile' },
  render: () => {
    const client = createHttpClient({ baseUrl: '/api', headers: { Authorization: `Bearer ${tokenFor('no-billing-profile')}` } });
    return html`<settings-provider .client=${client}><settings-billing></settings-billing></settings-provider>`;
  },
};

/** A role with `org.billing.view` only (a host's server may grant it): no Edit, and the reason. */
export const ReadOnly: Story = {
  parameters: {
    persona: 'owner',
    msw: {
      handlers: [
        http.get('/api/session', () => {
          const session = storyDb.sessionFor('owner');
          const organization = session.organization!;
          organization.role = { id: 'finance-viewer', name: 'Finance viewer' };
          organization.permissions = organization.permissions.filter((p) => p !== 'org.billing.manage');
          return HttpResponse.json(session);
        }),
      ],
    },
  },
};

/** Organization admins have no billing access: hidden, with the reason. */
export const HiddenForOrganizationAdmin = asPersona('org-admin');

/** Company-only members see no Organization section at all. */
export const HiddenForCompanyMember = asPersona('company-admin');

/** Globex: a yearly Enterprise plan, thousands of seats, two years of invoices. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, edits survive a failed save. */
export const Unstable = asPersona('unstable');

/** No invoices issued yet. */
export const NoInvoices: Story = {
  parameters: {
    msw: {
      handlers: [http.get('/api/organization/billing', () => HttpResponse.json({ ...storyDb.actingAs('owner').getBilling(), invoices: [] }))],
    },
  },
};

/** Billing is still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get('/api/organization/billing', async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** Billing could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { msw: { handlers: [http.get('/api/organization/billing', () => failing(500, 'server_error', 'Internal error'))] } },
};

/** Every save is refused with field errors: Edit, change something and Save to see them beside the fields. */
export const SaveValidationErrors: Story = {
  parameters: {
    msw: {
      handlers: [
        http.patch('/api/organization/billing/profile', () =>
          failing(422, 'validation_failed', 'Some fields are invalid.', {
            billingEmail: 'Enter a valid email address, like name@example.com.',
            'address.postalCode': 'Enter the postal code.',
          }),
        ),
      ],
    },
  },
};

/** Every save is rate limited: the message says when to try again, and the edits stay. */
export const SaveRateLimited: Story = {
  parameters: {
    msw: {
      handlers: [
        http.patch('/api/organization/billing/profile', () =>
          HttpResponse.json({ error: { code: 'rate_limited', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': '30' } }),
        ),
      ],
    },
  },
};
