import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { PersonaId } from '../mocks/personas.js';
import { emptyStory, loadErrorStory, loadingStory, rateLimitedStory } from './support/list-states.js';
import type { SettingsAdminTeam } from '../src/components/settings-admin-team/settings-admin-team.js';
import '../src/define/settings-admin-team.js';

/**
 * Organization > Admin team: each member's role, company access ("All companies" or the companies
 * by name, summarized beyond three) and status (invitations say when they expire). **Add member**
 * invites by email with a role and access to all companies or specific ones; each row's menu edits
 * role and access, resends or cancels an invitation, or removes — the last Owner's actions stay
 * visible, disabled, with the reason.
 */
const meta: Meta = {
  title: 'Organization/Admin team',
  component: 'settings-admin-team',
  render: () => html`<settings-admin-team></settings-admin-team>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const adminTeamUrl = '/api/organization/admin-team';

/** Owner at Northwind: every action; Olivia Martin is the last Owner, two invitations are pending (one expired). */
export const Owner = asPersona('owner');

/** Organization Admin: may grant Admin and Billing manager only, and cannot change the Owner (the menu says why). */
export const OrganizationAdmin = asPersona('org-admin');

/** Billing manager: the list, no write controls, and "View only: your role is Billing manager." */
export const ViewOnly = asPersona('billing-manager');

/** A company-only member: the Organization section is hidden, with the reason, and nothing is requested. */
export const HiddenForCompanyMember = asPersona('company-admin');

/** Globex: 10,000 members and 200 companies, searched and paged on the server, 25 rows at a time. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, a failed write keeps the form. */
export const Unstable = asPersona('unstable');

/** The Add member dialog, opened as the Owner would by clicking the button. */
export const AddMember: Story = {
  render: () => html`<settings-admin-team ${ref(openAddMember)}></settings-admin-team>`,
};

/** The team is still loading. */
export const Loading: Story = { ...loadingStory(adminTeamUrl), tags: ['smoke-skip-settle'] };

/** Nobody on the team yet (a new organization): says how to add someone. */
export const Empty: Story = emptyStory(adminTeamUrl);

/** The team could not be loaded: the error and a retry. */
export const LoadError: Story = loadErrorStory(adminTeamUrl);

/** Too many requests: says when to try again. */
export const RateLimited: Story = rateLimitedStory(adminTeamUrl);

/** Clicks Add member once the panel has loaded (the button appears only with manage permission). */
function openAddMember(element: Element | undefined): void {
  const panel = element as SettingsAdminTeam | undefined;
  const click = (tries: number) => {
    const button = panel?.shadowRoot?.querySelector<HTMLButtonElement>('[part=toolbar] button.primary');
    if (button) button.click();
    else if (tries > 0) setTimeout(() => click(tries - 1), 100);
  };
  click(50);
}
