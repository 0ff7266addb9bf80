import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PersonaId } from '../mocks/personas.js';
import { emptyStory, loadErrorStory, loadingStory, rateLimitedStory } from './support/list-states.js';
import '../src/define/settings-company-members.js';

/**
 * Company > Members: the selected company's members, searched and paged on the server, each with
 * their role and status (invitations say when they expire). **Invite member** sends an invitation
 * email with a role the user may grant; each row's menu changes the role, resends or cancels an
 * invitation, or removes the member. Members from the organization's admin team are marked and
 * managed in Admin team.
 */
const meta: Meta = {
  title: 'Company/Members',
  component: 'settings-company-members',
  render: () => html`<settings-company-members></settings-company-members>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const membersUrl = '/api/companies/:companyId/members';
/** With the company switcher above, as in the shell: switching reloads the panel for the new company. */
const withSwitcher = () => html`<settings-company-switcher></settings-company-switcher><settings-company-members></settings-company-members>`;

/**
 * Company-only Admin of Northwind Retail: invite, change roles, resend or cancel the pending
 * invitation, remove (removing yourself warns first). Admin-team members say where they are managed.
 */
export const CompanyAdmin = asPersona('company-admin');

/** Viewer in two companies: read-only ("View only: your role is Viewer."); switch company above. */
export const CompanyViewer: Story = { ...asPersona('company-viewer'), render: withSwitcher };

/** Editor of Northwind Logistics: members are view-only for Editors; one invitation has expired. */
export const Editor = asPersona('sso-user');

/** Organization Admin with two companies; switch company above. */
export const OrganizationAdmin: Story = { ...asPersona('org-admin'), render: withSwitcher };

/** Inside the Settings shell, an organization admin gets a link to Admin team on admin-team members. */
export const InSettingsApp: Story = {
  ...asPersona('org-admin'),
  render: () => html`<settings-app section="company/members"></settings-app>`,
};

/** No company assignment: the reason, and no request for members. */
export const HiddenWithoutCompany = asPersona('billing-manager');

/** Globex: the 10,000-member admin team reaches every company, paged and searched on the server. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, a failed write keeps the form. */
export const Unstable = asPersona('unstable');

/** The Invite member dialog, opened as a company admin would by clicking the button. */
export const InviteMember: Story = {
  ...asPersona('company-admin'),
  render: () => html`<settings-company-members ${ref(clickInvite)}></settings-company-members>`,
};

/** The members are still loading. */
export const Loading: Story = { ...loadingStory(membersUrl, 'company-admin'), tags: ['smoke-skip-settle'] };

/** No members to show: says how to invite someone. */
export const Empty: Story = emptyStory(membersUrl, 'company-admin');

/** The members could not be loaded: the error and a retry. */
export const LoadError: Story = loadErrorStory(membersUrl, 'company-admin');

/** Too many requests: says when to try again. */
export const RateLimited: Story = rateLimitedStory(membersUrl, 'company-admin');

/** Clicks Invite member once the panel has loaded (the button appears only with manage permission). */
function clickInvite(element: Element | undefined): void {
  const click = (tries: number) => {
    const button = element?.shadowRoot?.querySelector<HTMLButtonElement>('[part=toolbar] button.primary');
    if (button) button.click();
    else if (tries > 0) setTimeout(() => click(tries - 1), 100);
  };
  click(50);
}
