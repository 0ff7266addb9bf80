import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import '../src/define/settings-profile.js';
import { storyDb } from './support/story-db.js';

/**
 * Personal > General: name, job title, picture (or initials) and email, then **Send password reset
 * email**. SSO logins get no reset button: their IT administrator manages passwords.
 */
const meta: Meta = {
  title: 'Personal/General',
  component: 'settings-profile',
  render: () => html`<settings-profile></settings-profile>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const failing = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message } }, { status, ...(headers ? { headers } : {}) });
const profile = '/api/me/profile';
const passwordReset = '/api/me/password-reset';

/** Olivia (Owner) signs in with a password: she can send herself a reset email. */
export const Owner = asPersona('owner');

/** Kenji signs in through Okta: his email and password are managed there, and the panel says so. */
export const SsoUser = asPersona('sso-user');

/** Lucas (company-only Admin): personal settings look the same for every user. */
export const CompanyAdmin = asPersona('company-admin');

/** Slow answers and ~30% failures: a failed save keeps the input and offers Try again. */
export const Unstable = asPersona('unstable');

/** A profile with a picture: shown with its alt text instead of the initials. */
export const WithPicture: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get(profile, () =>
          HttpResponse.json({
            ...storyDb.actingAs('owner').getProfile(),
            avatarUrl: `data:image/svg+xml,${encodeURIComponent(
              '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#7c9cbf"/><circle cx="32" cy="26" r="12" fill="#f4efe6"/><rect x="14" y="42" width="36" height="22" rx="11" fill="#f4efe6"/></svg>',
            )}`,
          }),
        ),
      ],
    },
  },
};

/** The profile is still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get(profile, async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The profile could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { msw: { handlers: [http.get(profile, () => failing(500, 'server_error', 'Internal error'))] } },
};

/** The server rejects the picture address: the message sits beside the field, the input stays. */
export const SaveFieldError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.patch(profile, () =>
          HttpResponse.json(
            { error: { code: 'validation_failed', message: 'Some fields need attention.', fields: { avatarUrl: 'Enter a web address starting with https://.' } } },
            { status: 422 },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const root = await panelRoot(canvasElement);
    const field = root.querySelector<HTMLInputElement>('#avatarUrl')!;
    field.value = 'ftp://example.com/me.png';
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    root.querySelector('form')!.requestSubmit();
  },
};

/** The reset email went out: the confirmation names the address. */
export const PasswordResetSent: Story = {
  parameters: { msw: { handlers: [http.post(passwordReset, () => HttpResponse.json({ sentTo: storyDb.actingAs('owner').getProfile().email }))] } },
  play: async ({ canvasElement }) => (await resetButton(canvasElement)).click(),
};

/** Asked again too soon (429): when to retry, and the button waits until then. */
export const PasswordResetRateLimited: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post(passwordReset, () => failing(429, 'rate_limited', 'A password reset email was just sent.', { 'Retry-After': '60' })),
      ],
    },
  },
  play: async ({ canvasElement }) => (await resetButton(canvasElement)).click(),
};

/** The panel's shadow root once the profile has loaded. */
async function panelRoot(canvas: HTMLElement): Promise<ShadowRoot> {
  for (let i = 0; i < 100; i++) {
    const root = canvas.querySelector('settings-profile')?.shadowRoot;
    if (root?.querySelector('form')) return root;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The profile never loaded.');
}

async function resetButton(canvas: HTMLElement): Promise<HTMLButtonElement> {
  const root = await panelRoot(canvas);
  return root.querySelector<HTMLButtonElement>('[part=password] button')!;
}
