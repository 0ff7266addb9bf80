import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';
import { renderInProvider } from '../support/render.js';

/**
 * What a browser's autofill and a password manager read: every field a person fills from saved data
 * has a `name` and an `autocomplete` token, and the profile's sign-in email is the account's username
 * (so a manager saving a new password knows whose it is).
 */
async function panel(tag: 'settings-profile' | 'settings-billing'): Promise<ShadowRoot> {
  const client = createMockClient({ persona: 'owner' });
  const content = tag === 'settings-profile' ? html`<settings-profile></settings-profile>` : html`<settings-billing></settings-billing>`;
  const { element } = await renderInProvider<SettingsPanel>(content, { client });
  await element.taskComplete;
  return element.shadowRoot!;
}

/** Each input of `root`'s forms as `name autocomplete` (an empty string for what is missing). */
const fieldsOf = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLInputElement>('form input:not([type=checkbox], [type=radio], [type=search])')].map(
    (input) => `${input.getAttribute('name') ?? ''} ${input.getAttribute('autocomplete') ?? ''}`.trim(),
  );

describe('autofill', () => {
  it("the profile's sign-in email is the account's username; its fields are named", async () => {
    const root = await panel('settings-profile');
    expect(fieldsOf(root)).to.deep.equal(['name name', 'jobTitle organization-title', 'avatarUrl photo', 'email username']);
  });

  it("the billing profile's fields are named, each with its address token", async () => {
    const root = await panel('settings-billing');
    root.querySelector<HTMLButtonElement>('#edit')!.click();
    await (root.host as SettingsPanel).updateComplete;
    expect(fieldsOf(root)).to.deep.equal([
      'companyName organization',
      'billingEmail email',
      'address.line1 address-line1',
      'address.line2 address-line2',
      'address.city address-level2',
      'address.postalCode postal-code',
      'address.region address-level1',
      'address.country country',
      'taxId off',
    ]);
  });
});
