import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../src/define/settings-data-repository.js';

/**
 * Organization > Data repository: storage region, retention period and cross-company sharing, for
 * all companies at once. A region move asks for confirmation; Save and Cancel follow the changes.
 */
const meta: Meta = {
  title: 'Organization/Data repository',
  component: 'settings-data-repository',
  render: () => html`<settings-data-repository></settings-data-repository>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const failing = (status: number, code: string, message: string) => HttpResponse.json({ error: { code, message } }, { status });

/** Owner: every control, Save and Cancel once something changed. */
export const Owner = asPersona('owner');

/** Organization admins may only view: the values as text and the reason. */
export const OrganizationAdmin = asPersona('org-admin');

/** Billing managers have no data-repository access: hidden, with the reason. */
export const HiddenForBillingManager = asPersona('billing-manager');

/** Company-only members see no Organization section at all. */
export const HiddenForCompanyMember = asPersona('company-admin');

/** Globex keeps data indefinitely and shares it across its 200 companies. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, the edits survive a failed save. */
export const Unstable = asPersona('unstable');

/** The region move's confirmation, as the Owner sees it after choosing another region and pressing Save. */
export const RegionMoveConfirmation: Story = {
  parameters: { persona: 'owner' },
  play: async ({ canvasElement }) => {
    const root = (await until(() => canvasElement.querySelector('settings-data-repository')?.shadowRoot?.querySelector('form') ?? null)).getRootNode() as ShadowRoot;
    const region = root.querySelector<HTMLSelectElement>('#region')!;
    region.value = [...region.options].find((option) => !option.selected)!.value;
    region.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => root.querySelector<HTMLButtonElement>('button[type=submit][aria-disabled=false]'));
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  },
};

/** The settings are still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get('/api/organization/data-repository', async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The settings could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { msw: { handlers: [http.get('/api/organization/data-repository', () => failing(500, 'server_error', 'Internal error'))] } },
};

/** Every save fails: change something and Save to see the error with a retry; the changes stay. */
export const SaveFails: Story = {
  parameters: { msw: { handlers: [http.patch('/api/organization/data-repository', () => failing(500, 'server_error', 'Internal error'))] } },
};

/** Polls until `find` returns an element (the panel renders after the session and its data load). */
async function until<T>(find: () => T | null): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('RegionMoveConfirmation: the form did not appear');
}
