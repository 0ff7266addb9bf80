import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import '../../src/define/settings-profile.js';
import type { SettingsClient } from '../../src/api/client.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Profile, Session } from '../../src/api/types.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import type { SettingsProfile } from '../../src/components/settings-profile/settings-profile.js';
import { drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, findButton, type } from '../support/dom.js';
import { typeText } from '../support/keyboard.js';

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const ownerSession = db.sessionFor('owner');
const ownerProfile = db.actingAs('owner').getProfile();
const ssoProfile = db.actingAs('sso-user').getProfile();

async function render(client: SettingsClient) {
  return renderInProvider<SettingsProfile>(html`<settings-profile></settings-profile>`, { client });
}

/** The panel with its profile loaded through a FakeClient. */
async function loaded(profile: Profile = ownerProfile, session: Session = ownerSession) {
  const fake = new FakeClient({ session });
  const { element, provider } = await render(fake.client);
  (await fake.nextCall('getProfile')).resolve(structuredClone(profile));
  await element.taskComplete;
  return { fake, element, provider, root: element.shadowRoot! };
}

/** A 1×1 GIF that loads without a network. */
const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const input = (root: ShadowRoot, id: string) => root.querySelector<HTMLInputElement>(`#${id}`)!;

/**
 * Clicks Save once what was typed has rendered, as a user's click always comes: Save (the kit's
 * renderButton) takes its availability from the last render.
 */
async function submit(element: SettingsProfile, root: ShadowRoot): Promise<void> {
  await element.updateComplete;
  button(root, 'Save').click();
  // The form's own check, or the save's pending state (its answer is the test's to give).
  await element.updateComplete;
}

describe('settings-profile', () => {
  describePanelBaseline({
    tag: 'settings-profile',
    manageSession: ownerSession,
    firstLoad: 'getProfile',
    firstLoadValue: ownerProfile,
    writeControls: 'form button, [part=password] button',
    write: {
      start: async (element) => {
        type(input(element.shadowRoot!, 'jobTitle'), 'Chief Executive Officer');
        await (element as SettingsProfile).updateComplete;
        button(element.shadowRoot!, 'Save').click();
      },
      method: 'updateProfile',
      result: { ...ownerProfile, jobTitle: 'Chief Executive Officer' },
      intent: 'settings-profile-update',
      fact: 'settings-profile-updated',
    },
  });

  describe('profile', () => {
    it('shows the name, job title, initials and the email as read-only with why', async () => {
      const { root, element } = await loaded();
      expect(input(root, 'name').value).to.equal(ownerProfile.name);
      expect(input(root, 'jobTitle').value).to.equal(ownerProfile.jobTitle);
      const avatar = root.querySelector('[part=avatar]')!;
      expect(avatar.getAttribute('role')).to.equal('img');
      expect(avatar.getAttribute('aria-label')).to.equal(`Profile picture of ${ownerProfile.name}`);
      expect(avatar.textContent).to.match(/^[A-Z]{2}$/);
      expect(input(root, 'email').readOnly).to.equal(true);
      expect(input(root, 'email').value).to.equal(ownerProfile.email);
      expect(shadowText(element)).to.contain('It cannot be changed here.');
    });

    it('shows the picture with alt text, and the initials when it fails to load', async () => {
      const { root, element } = await loaded({ ...ownerProfile, name: 'Ada Lovelace', avatarUrl: pixel });
      const image = root.querySelector('img[part=avatar]')!;
      expect(image.getAttribute('alt')).to.equal('Profile picture of Ada Lovelace');
      image.dispatchEvent(new Event('error'));
      await element.updateComplete;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('[part=avatar]')!.textContent).to.equal('AL');
    });

    it('shows the initials, not an image, for a picture address that is not http(s) or a data image (finding 3)', async () => {
      const { root } = await loaded({ ...ownerProfile, name: 'Ada Lovelace', avatarUrl: 'javascript:alert(1)' });
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('[part=avatar]')!.textContent).to.equal('AL');
    });

    it('offers Save and Cancel only once something changed, and Cancel restores the saved values', async () => {
      const { root, element } = await loaded();
      expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('true');
      type(input(root, 'name'), 'Someone Else');
      await element.updateComplete;
      expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('false');
      button(root, 'Cancel').click();
      await element.updateComplete;
      expect(input(root, 'name').value).to.equal(ownerProfile.name);
      expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('true');
    });

    it('sends only the changed fields, says Saving…, then confirms', async () => {
      const { root, element, fake } = await loaded();
      type(input(root, 'jobTitle'), '  Chief Executive Officer ');
      type(input(root, 'avatarUrl'), 'https://example.com/me.png');
      await submit(element, root);
      const call = await fake.nextCall('updateProfile');
      expect(call.args[0]).to.deep.equal({ jobTitle: 'Chief Executive Officer', avatarUrl: 'https://example.com/me.png' });
      button(root, 'Saving…').click();
      expect(fake.callsTo('updateProfile')).to.have.length(1);
      call.resolve({ ...ownerProfile, jobTitle: 'Chief Executive Officer', avatarUrl: 'https://example.com/me.png' });
      await element.taskComplete;
      expect(root.querySelector('[part=profile] [part=status]')!.textContent).to.equal('Your profile was saved.');
      expect(input(root, 'jobTitle').value).to.equal('Chief Executive Officer');
      expect(button(root, 'Save').getAttribute('aria-disabled')).to.equal('true');
    });

    it('says the profile was saved until the next change', async () => {
      const { root, element, fake } = await loaded();
      const status = root.querySelector('[part=profile] [part=status]')!;
      expect(status.textContent).to.equal('');
      type(input(root, 'jobTitle'), 'Chief Executive Officer');
      await submit(element, root);
      (await fake.nextCall('updateProfile')).resolve({ ...ownerProfile, jobTitle: 'Chief Executive Officer' });
      await element.taskComplete;
      expect(status.textContent).to.equal('Your profile was saved.');
      type(input(root, 'jobTitle'), 'CEO');
      await element.updateComplete;
      expect(status.textContent, 'the same live region, emptied').to.equal('');
    });

    it('keeps focus on Save while it saves, and ignores another press meanwhile', async () => {
      const { root, element, fake } = await loaded();
      type(input(root, 'jobTitle'), 'Chief Executive Officer');
      await element.updateComplete;
      const save = button(root, 'Save');
      save.focus();
      save.click();
      await element.updateComplete;
      const call = await fake.nextCall('updateProfile');
      expect(root.activeElement).to.equal(save);
      expect(save.getAttribute('aria-disabled')).to.equal('true');
      expect(save.getAttribute('aria-busy')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(fake.callsTo('updateProfile')).to.have.length(1);
      call.resolve({ ...ownerProfile, jobTitle: 'Chief Executive Officer' });
      await element.taskComplete;
      expect(save.getAttribute('aria-busy')).to.equal('false');
    });

    it('removes the picture when its address is emptied', async () => {
      const { root, element, fake } = await loaded({ ...ownerProfile, avatarUrl: 'https://example.com/me.png' });
      type(input(root, 'avatarUrl'), '');
      await submit(element, root);
      expect((await fake.nextCall('updateProfile')).args[0]).to.deep.equal({ avatarUrl: null });
    });

    it('asks for a name before sending anything', async () => {
      const { root, element, fake } = await loaded();
      type(input(root, 'name'), '   ');
      await submit(element, root);
      expect(fake.callsTo('updateProfile')).to.have.length(0);
      const name = input(root, 'name');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      expect(root.querySelector(`#${name.getAttribute('aria-describedby')!}`)!.textContent).to.equal('Enter your name.');
      expect(root.activeElement).to.equal(name);
    });

    it('shows 422 field errors beside their fields, keeps the input and focuses the field', async () => {
      const { root, element, fake } = await loaded();
      type(input(root, 'avatarUrl'), 'ftp://example.com/me.png');
      await submit(element, root);
      (await fake.nextCall('updateProfile')).reject(
        new SettingsApiError({
          status: 422,
          code: 'validation_failed',
          message: 'Invalid',
          fieldErrors: { avatarUrl: 'Enter a web address starting with https://.' },
        }),
      );
      await element.taskComplete;
      const field = input(root, 'avatarUrl');
      expect(field.value).to.equal('ftp://example.com/me.png');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.equal('avatarUrl-hint avatarUrl-error');
      expect(root.querySelector('#avatarUrl-error')!.textContent).to.equal('Enter a web address starting with https://.');
      expect(root.querySelector('[role=alert]')!.textContent).to.contain('Some fields need your attention.');
      expect(root.activeElement).to.equal(field);
    });

    it('keeps the input after a failed save and retries the same change', async () => {
      const { root, element, fake } = await loaded();
      type(input(root, 'name'), 'Grace Hopper');
      await submit(element, root);
      (await fake.nextCall('updateProfile')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
      await element.taskComplete;
      expect(input(root, 'name').value).to.equal('Grace Hopper');
      const alert = root.querySelector('[role=alert]')!;
      expect(alert.textContent).to.contain('Something went wrong on our side.');
      alert.querySelector('button')!.click();
      const retry = await fake.nextCall('updateProfile', 1);
      expect(retry.args[0]).to.deep.equal({ name: 'Grace Hopper' });
      retry.resolve({ ...ownerProfile, name: 'Grace Hopper' });
      await element.taskComplete;
      expect(root.querySelector('[role=alert]')).to.equal(null);
      expect(root.querySelector('[part=avatar]')!.textContent).to.equal('GH');
    });

    it('saves from the keyboard: Enter in a field submits', async () => {
      const { root, fake } = await loaded();
      input(root, 'jobTitle').focus();
      await sendKeys({ press: 'End' });
      await typeText(' (interim)');
      await sendKeys({ press: 'Enter' });
      expect((await fake.nextCall('updateProfile')).args[0]).to.deep.equal({ jobTitle: `${ownerProfile.jobTitle} (interim)` });
    });

    it('says the email is managed by the identity provider for SSO logins', async () => {
      const { element } = await loaded(ssoProfile, db.sessionFor('sso-user'));
      expect(shadowText(element)).to.contain('Your email is managed by Okta.');
    });
  });

  describe('password reset', () => {
    it('sends the email and says where it went', async () => {
      const { root, element, fake } = await loaded();
      const requested = once(element, 'settings-password-reset-requested');
      button(root, 'Send password reset email').click();
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Sending…');
      (await fake.nextCall('requestPasswordReset')).resolve({ sentTo: ownerProfile.email });
      const fact = await requested;
      expect(fact.sentTo).to.equal(ownerProfile.email);
      // Its audit record: who asked, for which account; never a token or a password.
      expect([fact.change.action, fact.change.target, fact.change.actor.id]).to.deep.equal(['password-reset.requested', { type: 'user', id: fact.change.actor.id }, fact.change.actor.id]);
      expect(fact.change.changes).to.deep.equal({ sentTo: { before: null, after: ownerProfile.email } });
      await element.taskComplete;
      const status = root.querySelector('[part=password] [part=status]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(status.textContent).to.equal(`We sent an email to ${ownerProfile.email} with a link to set a new password.`);
    });

    it('explains a 429 with when to retry, and waits until then', async () => {
      const { root, element, fake } = await loaded();
      button(root, 'Send password reset email').click();
      (await fake.nextCall('requestPasswordReset')).reject(
        new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow down', retryAfter: 60 }),
      );
      await element.taskComplete;
      expect(root.querySelector('[part=password] [role=alert]')!.textContent).to.contain('Try again in 60 seconds.');
      const send = button(root, 'Send password reset email');
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(root.querySelector(`#${send.getAttribute('aria-describedby')!}`)!.textContent).to.contain(
        'You can ask for another email in 60 seconds.',
      );
      send.click();
      await element.updateComplete;
      expect(fake.callsTo('requestPasswordReset')).to.have.length(1);
      // The save form is not blamed for the reset's error.
      expect(root.querySelector('form [role=alert]')).to.equal(null);
    });

    it('keeps focus on the reset button while it sends, and the form stays usable meanwhile', async () => {
      const { root, element, fake } = await loaded();
      const send = button(root, 'Send password reset email');
      send.focus();
      send.click();
      await element.updateComplete;
      const call = await fake.nextCall('requestPasswordReset');
      expect(root.activeElement).to.equal(send);
      expect(send.getAttribute('aria-disabled')).to.equal('true');
      expect(send.getAttribute('aria-busy')).to.equal('true');
      send.click();
      // The two writes are separate: saving the profile does not wait for the email.
      type(input(root, 'jobTitle'), 'Chief Executive Officer');
      await submit(element, root);
      (await fake.nextCall('updateProfile')).resolve({ ...ownerProfile, jobTitle: 'Chief Executive Officer' });
      // The panel's taskComplete would also wait for the reset still pending: nothing but the save's
      // answer and its reactions is left to run, then the render.
      await drainMicrotasks();
      await element.updateComplete;
      expect(shadowText(element)).to.contain('Your profile was saved.');
      expect(send.getAttribute('aria-busy')).to.equal('true');
      expect(fake.callsTo('requestPasswordReset')).to.have.length(1);
      call.resolve({ sentTo: ownerProfile.email });
      await element.taskComplete;
      expect(send.getAttribute('aria-disabled')).to.equal('false');
    });

    it('offers the button again once the wait is over', async () => {
      const { root, element, fake } = await loaded();
      button(root, 'Send password reset email').click();
      (await fake.nextCall('requestPasswordReset')).reject(
        new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow down', retryAfter: 1 }),
      );
      await element.taskComplete;
      expect(button(root, 'Send password reset email').getAttribute('aria-disabled')).to.equal('true');
      // A one-second countdown (a timer): no promise says when it ends. An engine's page in the
      // background, or a busy machine, may run its ticks late: the limit guards against a countdown
      // that never ends, not its speed.
      await waitUntil(() => button(root, 'Send password reset email').getAttribute('aria-disabled') === 'false', 'still waiting', {
        timeout: 10_000,
      });
      expect(root.querySelector('[role=alert]')).to.equal(null);
    });

    it('offers no reset to SSO logins and names the identity provider', async () => {
      const { root, element } = await loaded(ssoProfile, db.sessionFor('sso-user'));
      expect(findButton(root, 'Send password reset email')).to.equal(null);
      expect(shadowText(element)).to.contain('Password resets are managed by your IT administrator through Okta.');
    });

    it('treats a 409 sso_managed as an SSO login and reloads the profile to name the provider', async () => {
      const { root, element, fake } = await loaded();
      button(root, 'Send password reset email').click();
      (await fake.nextCall('requestPasswordReset')).reject(
        new SettingsApiError({ status: 409, code: 'sso_managed', message: 'You sign in with Okta.' }),
      );
      // The failure starts the profile's reload (left pending for now); the panel renders both.
      const reload = await fake.nextCall('getProfile', 1);
      await element.updateComplete;
      expect(findButton(root, 'Send password reset email')).to.equal(null);
      expect(shadowText(element)).to.contain('Password resets are managed by your IT administrator.');
      reload.resolve({ ...ownerProfile, auth: { type: 'sso', providerName: 'Okta' } });
      await element.taskComplete;
      expect(shadowText(element)).to.contain('managed by your IT administrator through Okta.');
    });
  });

  describe('against the mock server', () => {
    const renderAs = async (persona: PersonaId) => {
      const { element } = await render(createMockClient({ persona, db: createMockDb({ now: new Date('2025-06-02T09:00:00Z') }) }));
      await element.taskComplete;
      expect(element.shadowRoot!.querySelector('form'), 'profile did not load').to.not.equal(null);
      return { element, root: element.shadowRoot! };
    };

    it('saves a new job title and rate-limits a second reset email', async () => {
      const { element, root } = await renderAs('owner');
      type(input(root, 'jobTitle'), 'Chief Executive Officer');
      await submit(element, root);
      await element.taskComplete;
      expect(shadowText(element)).to.contain('Your profile was saved.');
      expect(input(root, 'jobTitle').value).to.equal('Chief Executive Officer');

      button(root, 'Send password reset email').click();
      await element.taskComplete;
      expect(shadowText(element)).to.contain('We sent an email to');
      expect(shadowText(element)).to.contain(ownerProfile.email);
      button(root, 'Send password reset email').click();
      await element.taskComplete;
      expect(root.querySelector('[part=password] [role=alert]'), 'no rate limit').to.not.equal(null);
      expect(shadowText(element)).to.contain('Too many requests. Try again in 60 seconds.');
      expect(shadowText(element)).to.not.contain('We sent an email to');
    });

    it('explains SSO-managed password resets for sso-user', async () => {
      const { element } = await renderAs('sso-user');
      expect(shadowText(element)).to.contain('Password resets are managed by your IT administrator through Okta.');
      expect(shadowText(element)).to.not.contain('Send password reset email');
    });
  });
});
