import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { delay, http, HttpResponse } from 'msw';
import type { PersonaId } from '../mocks/personas.js';
import { SettingsApiKeySecret } from '../src/components/settings-api-keys/settings-api-key-secret.js';
import '../src/define/settings-api-keys.js';
import { defineElement } from '../src/internal/define-element.js';
import { storyDb } from './support/story-db.js';

// The secret view, shown alone by one story below; in the panel it arrives with Create key's code.
defineElement('settings-api-key-secret', SettingsApiKeySecret);

/**
 * Organization > API keys: each key's masked prefix, access, creator, last use, expiry and status;
 * "Create key" with scopes and the organization's lifetime policy, the secret shown once; keys about
 * to expire counted at the top; a guided four-step rotation that can be left and resumed and ends now
 * or after an overlap; disable/enable; revoke confirmed by typing the key's name. Northwind (Owner)
 * has a rotation in progress on "Partner portal", an old key scheduled to expire ("Webhooks relay")
 * and a disabled key ("Mobile app backend").
 */
const meta: Meta = {
  title: 'Organization/API keys',
  component: 'settings-api-keys',
  render: () => html`<settings-api-keys></settings-api-keys>`,
};
export default meta;
type Story = StoryObj;

const asPersona = (persona: PersonaId): Story => ({ parameters: { persona } });
const failing = (status: number, code: string, message: string, headers?: Record<string, string>) =>
  HttpResponse.json({ error: { code, message } }, { status, ...(headers ? { headers } : {}) });

/** Owner: every key and every action, with a rotation in progress on "Partner portal". */
export const Owner = asPersona('owner');

/** Organization admins manage API keys too. */
export const OrganizationAdmin = asPersona('org-admin');

/** A role with `org.api-keys.view` only (a host's server may grant it): the list, no write controls, and the reason. */
export const ReadOnly: Story = {
  parameters: {
    persona: 'owner',
    msw: {
      handlers: [
        http.get('/api/session', () => {
          const session = storyDb.sessionFor('owner');
          const organization = session.organization!;
          organization.role = { id: 'auditor', name: 'Auditor' };
          organization.permissions = organization.permissions.filter((p) => p !== 'org.api-keys.manage');
          return HttpResponse.json(session);
        }),
      ],
    },
  },
};

/** Billing managers lack organization-level access to API keys: hidden, with the reason. */
export const HiddenForBillingManager = asPersona('billing-manager');

/** Contoso does not have the API keys feature: hidden, with the reason. */
export const HiddenWithoutFeature = asPersona('no-api-keys');

/** Globex: 1,000 keys, paged and searched on the server. */
export const LargeOrganization = asPersona('large-org');

/** Slow answers and ~30% failures: every failure offers a retry, a failed create keeps the form. */
export const Unstable = asPersona('unstable');

/** The keys are still loading. */
export const Loading: Story = {
  tags: ['smoke-skip-settle'],
  parameters: {
    msw: {
      handlers: [
        http.get('/api/organization/api-keys', async () => {
          await delay('infinite');
        }),
      ],
    },
  },
};

/** The keys could not be loaded: the error and a retry. */
export const LoadError: Story = {
  parameters: { msw: { handlers: [http.get('/api/organization/api-keys', () => failing(500, 'server_error', 'Internal error'))] } },
};

/** No key yet: the panel says what to do next. */
export const Empty: Story = {
  parameters: { msw: { handlers: [http.get('/api/organization/api-keys', () => HttpResponse.json({ items: [], nextCursor: null, total: 0 }))] } },
};

/** "Create key", as the Owner sees it after pressing the button. */
export const CreateKey: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, '[part=create-button]')).click();
  },
};

/** An active key already has the name: the server's message is beside the field and the input stays. */
export const CreateNameTaken: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, '[part=create-button]')).click();
    // The dialogs draw in a shadow root of their own, once their code has arrived.
    const root = await until(() => canvasElement.querySelector('settings-api-keys')?.shadowRoot?.querySelector('settings-api-key-dialogs')?.shadowRoot ?? null);
    const name = await until(() => root.querySelector<HTMLInputElement>('#key-name'));
    name.value = 'Production API';
    name.dispatchEvent(new Event('input'));
    root.querySelector<HTMLFormElement>('form#create')!.requestSubmit();
  },
};

/** Creating is rate limited: the dialog says when to try again and keeps the form. */
export const CreateRateLimited: Story = {
  parameters: { msw: { handlers: [http.post('/api/organization/api-keys', () => failing(429, 'rate_limited', 'Too many requests.', { 'Retry-After': '30' }))] } },
  play: CreateNameTaken.play!,
};

/** The one-time secret dialog (an example secret): Done stays disabled until "I have saved this secret" is ticked. */
export const SecretShownOnce: Story = {
  render: () =>
    html`<settings-api-key-secret
      ${ref((el) => void (el as SettingsApiKeySecret | undefined)?.show('mock_key_EXAMPLEnotARealSecret0123456789abcdefABCD', 'Webhook relay'))}
    ></settings-api-key-secret>`,
};

/** "Partner portal" has a replacement already: "Continue rotation" resumes at "Confirm traffic". */
export const RotationInProgress: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, 'button[aria-label^="Continue rotation"]')).click();
  },
};

/** Revoking asks for the key's name and says requests using it will fail immediately. */
export const RevokeConfirmation: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, '[part=row-actions] button.danger')).click();
  },
};

/** An organization admin creating a key: only the scopes it holds are offered, and no full access. */
export const CreateKeyWithScopes: Story = {
  parameters: { persona: 'org-admin' },
  play: CreateKey.play!,
};

/** Fabrikam lets keys live at most 90 days: the policy line, no "Never", the maximum said beside the field. */
export const LifetimePolicy: Story = {
  parameters: { persona: 'no-billing-profile' },
  play: CreateKey.play!,
};

/** Owners may change the key policy: the longest lifetime and how early keys are flagged. */
export const EditKeyPolicy: Story = {
  play: async ({ canvasElement }) => {
    (await buttonNamed(canvasElement, 'Edit key policy')).click();
  },
};

/** "Expiring soon": keys inside the warning window, counted at the top with Rotate. */
export const ExpiringSoon: Story = {
  play: async ({ canvasElement }) => {
    const root = await panelRoot(canvasElement);
    const filter = await until(() => root.querySelector<HTMLSelectElement>('#api-key-filter'));
    filter.value = 'expiring';
    filter.dispatchEvent(new Event('change'));
  },
};

/** A key's details: every scope with what it allows, its rotation pairing and state. */
export const KeyDetails: Story = {
  play: async ({ canvasElement }) => {
    (await buttonNamed(canvasElement, 'Staging environment')).click();
  },
};

/** "Webhooks relay" was rotated with an overlap: it expires in 6 days, replaced by the 2026 key; "Revoke now" ends it early. */
export const ScheduledOldKey: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, 'button[aria-label="Revoke now: Webhooks relay"]')).focus();
  },
};

/** "Mobile app backend" is disabled: requests with it fail until it is enabled again. */
export const DisabledKey: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, 'button[aria-label="Enable Mobile app backend"]')).focus();
  },
};

/** Revoking a key used minutes ago suggests disabling it first. */
export const RevokeSuggestsDisable: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, 'button[aria-label="Revoke Production API"]')).click();
  },
};

/** The rotation's last step: revoke the old key now, or let it expire after 24 hours or 7 days. */
export const RotationOverlap: Story = {
  play: async ({ canvasElement }) => {
    (await button(canvasElement, 'button[aria-label^="Continue rotation"]')).click();
    const rotation = await until(() => canvasElement.querySelector('settings-api-keys')?.shadowRoot?.querySelector('settings-api-key-rotation')?.shadowRoot ?? null);
    const next = await until(() => [...rotation.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Next' && b.getAttribute('aria-disabled') !== 'true') ?? null);
    await until(() => rotation.querySelector('dl'));
    next.click();
  },
};

async function buttonNamed(canvas: HTMLElement, name: string): Promise<HTMLButtonElement> {
  const root = await panelRoot(canvas);
  return until(() => [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === name) ?? null);
}

async function panelRoot(canvas: HTMLElement): Promise<ShadowRoot> {
  return until(() => canvas.querySelector('settings-api-keys')?.shadowRoot ?? null);
}

async function button(canvas: HTMLElement, selector: string): Promise<HTMLButtonElement> {
  const root = await panelRoot(canvas);
  return until(() => root.querySelector<HTMLButtonElement>(selector));
}

/** Polls until `find` returns something (the panel renders after the session and its data load). */
async function until<T>(find: () => T | null): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The story never rendered what its play function needs.');
}
