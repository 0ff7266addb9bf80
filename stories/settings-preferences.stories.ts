import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../src/define/settings-preferences.js';

interface Args {
  autoSave: boolean;
}

/**
 * Personal > Preferences: language, time zone (type to find one), date format, theme and email
 * notifications. Changes are saved together with Save, or each at once with "Save changes
 * automatically"; a saved theme applies to every panel through `<settings-provider>`.
 */
const meta: Meta<Args> = {
  title: 'Personal/Preferences',
  component: 'settings-preferences',
  args: { autoSave: false },
  argTypes: { autoSave: { control: 'boolean', description: 'Save each change at once' } },
  render: ({ autoSave }) => html`<settings-preferences ?auto-save=${autoSave}></settings-preferences>`,
};
export default meta;
type Story = StoryObj<Args>;

const asPersona = (persona: PersonaId, args: Partial<Args> = {}): Story => ({ parameters: { persona }, args });
const failing = (status: number, code: string, message: string) => HttpResponse.json({ error: { code, message } }, { status });
const preferences = '/api/me/preferences';

/** Olivia (Owner): British English, London time, day-first dates. */
export const Owner = asPersona('owner');

/** Lucas (company-only Admin) works in French, Paris time: every user has their own preferences. */
export const CompanyAdmin = asPersona('company-admin');

/** Hannah (company-only Viewer) has German and Berlin time; personal settings are never read-only. */
export const CompanyViewer = asPersona('company-viewer');

/** Kenji signs in through SSO; preferences work the same. */
export const SsoUser = asPersona('sso-user');

/** Organization admin. */
export const OrganizationAdmin = asPersona('org-admin');

/** Each change is saved at once, with "Saved" beside the field. */
export const SaveAutomatically = asPersona('owner', { autoSave: true });

/** Slow answers and ~30% failures: try saving automatically; a failed field keeps its value and offers Retry. */
export const Unstable = asPersona('unstable', { autoSave: true });

/** The preferences are still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get(preferences, async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The preferences could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { msw: { handlers: [http.get(preferences, () => failing(500, 'server_error', 'Internal error'))] } },
};

/** Saving automatically, the server fails: the chosen theme stays, with the error and Retry beside it. */
export const AutomaticSaveFails: Story = {
  args: { autoSave: true },
  parameters: { msw: { handlers: [http.patch(preferences, () => failing(500, 'server_error', 'Internal error'))] } },
  play: async ({ canvasElement }) => {
    const dark = await until(() => canvasElement.querySelector('settings-preferences')?.shadowRoot?.querySelector<HTMLInputElement>('#theme-dark'));
    dark.click();
  },
};

/** Saving together, the server fails: the changes stay, with the error and a retry. */
export const SaveFails: Story = {
  parameters: { msw: { handlers: [http.patch(preferences, () => failing(500, 'server_error', 'Internal error'))] } },
  play: async ({ canvasElement }) => {
    const root = await until(() => canvasElement.querySelector('settings-preferences')?.shadowRoot?.querySelector('form')?.getRootNode() as ShadowRoot | undefined);
    root.querySelector<HTMLInputElement>('#weeklyDigest')!.click();
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
  throw new Error('The preferences form did not appear.');
}
