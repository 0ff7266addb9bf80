import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { delay, http } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import { emptyStory, loadErrorStory, loadingStory, rateLimitedStory } from './support/list-states.js';
import '../src/define/settings-sites.js';

/**
 * Company > Sites: the selected company's sites, searched and paged on the server, filtered by
 * status (Active, Archived, All). **Add site** and each row's Edit ask for a name, an address and a
 * time zone picked from a searchable list; Archive and Restore ask for a confirmation. Without
 * `company.sites.manage` the list is read-only and says why.
 */
const meta: Meta = {
  title: 'Company/Sites',
  component: 'settings-sites',
  render: () => html`<settings-sites></settings-sites>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const sitesUrl = '/api/companies/:companyId/sites';
/** With the company switcher above, as in the shell: switching reloads the panel for the new company. */
const withSwitcher = () => html`<settings-company-switcher></settings-company-switcher><settings-sites></settings-sites>`;

/** Company-only Admin of Northwind Retail: add, edit, archive and restore. */
export const CompanyAdmin = asPersona('company-admin');

/** Viewer in two companies: read-only ("View only: your role is Viewer."); switch company above. */
export const CompanyViewer: Story = { ...asPersona('company-viewer'), render: withSwitcher };

/** Editor of Northwind Logistics (signs in through SSO): Editors manage sites. */
export const Editor = asPersona('sso-user');

/** Organization Admin with two companies through the organization; switch company above. */
export const OrganizationAdmin: Story = { ...asPersona('org-admin'), render: withSwitcher };

/** No company assignment: the reason, and no request for sites. */
export const HiddenWithoutCompany = asPersona('billing-manager');

/** Globex's first company has 5,000 sites: searched and paged on the server, 25 rows at a time. */
export const LargeCompany = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, a failed write keeps the form. */
export const Unstable = asPersona('unstable');

/** The Add site dialog, opened as a company admin would by clicking the button. */
export const AddSite: Story = {
  ...asPersona('company-admin'),
  render: () => html`<settings-sites ${ref(clickAddSite)}></settings-sites>`,
};

/**
 * Northwind Retail's sites answer after 3 seconds, the other company's at once: switch company
 * while Retail loads and its sites never appear under the other company's name.
 */
export const SlowCompanySwitch: Story = {
  parameters: {
    persona: 'org-admin',
    msw: {
      handlers: [
        http.get(sitesUrl, async ({ params }) => {
          if (params['companyId'] === 'northwind-retail') await delay(3000);
          // Nothing returned: the default mock server answers.
          return undefined;
        }),
      ],
    },
  },
  render: withSwitcher,
};

/** The sites are still loading. */
export const Loading: Story = { ...loadingStory(sitesUrl, 'company-admin'), tags: ['smoke-skip-settle'] };

/** A company with no sites yet: says how to add one. */
export const Empty: Story = emptyStory(sitesUrl, 'company-admin');

/** The sites could not be loaded: the error and a retry. */
export const LoadError: Story = loadErrorStory(sitesUrl, 'company-admin');

/** Too many requests: says when to try again. */
export const RateLimited: Story = rateLimitedStory(sitesUrl, 'company-admin');

/** Clicks Add site once the panel has loaded (the button appears only with manage permission). */
function clickAddSite(element: Element | undefined): void {
  const click = (tries: number) => {
    const button = element?.shadowRoot?.querySelector<HTMLButtonElement>('[part=toolbar] button.primary');
    if (button) button.click();
    else if (tries > 0) setTimeout(() => click(tries - 1), 100);
  };
  click(50);
}
