import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../src/define/settings-membership.js';

/**
 * Personal > Membership: the user's organization (role, company access) and every company they can
 * act in, with their role there and whether it comes from the organization admin team or a company
 * membership. Read-only for everyone.
 */
const meta: Meta = {
  title: 'Personal/Membership',
  component: 'settings-membership',
  render: () => html`<settings-membership></settings-membership>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const memberships = '/api/me/memberships';

/** Owner of Northwind: all companies, each through the organization admin team. */
export const Owner = asPersona('owner');

/** Organization Admin with two specific companies, named in the summary. */
export const OrganizationAdmin = asPersona('org-admin');

/** Company-only Admin: no organization (and whom to ask), one company membership. */
export const CompanyAdmin = asPersona('company-admin');

/** Company-only Viewer in two companies. */
export const CompanyViewer = asPersona('company-viewer');

/** Company-only Editor who signs in through SSO. */
export const SsoUser = asPersona('sso-user');

/** Billing manager: in the organization, but no company yet — says what to do next. */
export const BillingManager = asPersona('billing-manager');

/** Owner of Globex's 200 companies: the first 20 rows, a filter, and Show all. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: a failed load offers Try again. */
export const Unstable = asPersona('unstable');

/** The memberships are still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get(memberships, async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The memberships could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: {
    msw: {
      handlers: [http.get(memberships, () => HttpResponse.json({ error: { code: 'server_error', message: 'Internal error' } }, { status: 500 }))],
    },
  },
};
