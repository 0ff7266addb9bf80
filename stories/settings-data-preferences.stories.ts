import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../src/define/settings-company-switcher.js';
import '../src/define/settings-data-preferences.js';
import { inlineStyle } from './support/inline-style.js';

/**
 * Company > Data preferences: units, currency, date format, week start and fiscal year start of the
 * selected company, with a preview written in the chosen formatting that follows every edit. Save
 * and Cancel follow the changes; switching company (the switcher above) discards unsaved edits.
 */
const meta: Meta = {
  title: 'Company/Data preferences',
  component: 'settings-data-preferences',
  render: () => html`
    <div ${inlineStyle({ maxInlineSize: '18rem', marginBlockEnd: '1rem' })}><settings-company-switcher></settings-company-switcher></div>
    <settings-data-preferences></settings-data-preferences>
  `,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const failing = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code, message } }, { status, headers });
const dataPreferences = '/api/companies/:companyId/data-preferences';

/** Admin of Northwind Retail (imperial, US dollars, month-first dates): every field editable. */
export const CompanyAdmin = asPersona('company-admin');

/** Viewer in two companies: the values as text, the reason, and a switcher between both. */
export const CompanyViewer = asPersona('company-viewer');

/** Editor of Northwind Logistics (signs in through SSO): Editors manage data preferences. */
export const SsoUserAsEditor = asPersona('sso-user');

/** Organization admin with access to two specific companies. */
export const OrganizationAdmin = asPersona('org-admin');

/** Owner: all three Northwind companies, each with its own conventions. */
export const Owner = asPersona('owner');

/** Billing managers are assigned to no company: the reason instead of the panel, and no request. */
export const HiddenForBillingManager = asPersona('billing-manager');

/** Slow answers and ~30% failures: loading errors offer a retry, a failed save keeps the edits. */
export const Unstable = asPersona('unstable');

/** The preferences are still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    persona: 'company-admin',
    msw: {
      handlers: [
        http.get(dataPreferences, async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The preferences could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { persona: 'company-admin', msw: { handlers: [http.get(dataPreferences, () => failing(500, 'server_error', 'Internal error'))] } },
};

/** A save is refused (too many requests): the error says when to retry, and the edit stays. */
export const SaveFails: Story = {
  parameters: {
    persona: 'company-admin',
    msw: { handlers: [http.patch(dataPreferences, () => failing(429, 'rate_limited', 'Too many requests', { 'Retry-After': '30' }))] },
  },
  play: async ({ canvasElement }) => {
    const root = await until(() => canvasElement.querySelector('settings-data-preferences')?.shadowRoot?.querySelector('form')?.getRootNode() as ShadowRoot | undefined);
    const currency = root.querySelector<HTMLSelectElement>('#currency')!;
    currency.value = 'EUR';
    currency.dispatchEvent(new Event('change', { bubbles: true }));
    (await until(() => root.querySelector<HTMLButtonElement>('button[type=submit][aria-disabled=false]'))).click();
  },
};

/** Polls until `find` returns something (the panel renders after the session and its data load). */
async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The data preferences form did not appear.');
}
