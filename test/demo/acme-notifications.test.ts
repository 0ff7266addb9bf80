import { expect, html } from '@open-wc/testing';
import { SettingsApiError } from '../../src/api/errors.js';
import type { SettingsApp } from '../../src/components/settings-app/settings-app.js';
import type { AcmeNotifications } from '../../demo/notifications/acme-notifications.js';
import '../../demo/notifications/acme-notifications.js';
import type { NotificationMatrix, NotificationPreferences } from '../../demo/notifications/notifications-api.js';
import { notificationsSection } from '../../demo/notifications/notifications-section.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { renderInProvider, shadowText } from '../support/render.js';
import { button, findButton, link } from '../support/dom.js';
import { testSession } from '../support/sessions.js';
import '../../src/i18n/catalogs/de/register.js';
import '../../src/i18n/catalogs/ar/register.js';

const matrix = (): NotificationMatrix => ({
  memberJoined: { email: true, inApp: true, slack: false },
  apiKeyExpiring: { email: true, inApp: true, slack: false },
  invoiceAvailable: { email: true, inApp: true, slack: false },
  weeklySummary: { email: false, inApp: true, slack: false },
});
const preferences = (): NotificationPreferences => ({ matrix: matrix() });
const ssoSession = testSession({ user: { ...testSession().user, auth: { type: 'sso', providerName: 'Okta' } } });
const sections = [notificationsSection];

async function render() {
  const fake = new FakeClient({ session: testSession() });
  const { element } = await renderInProvider<AcmeNotifications>(html`<acme-notifications></acme-notifications>`, { client: fake.client, sections });
  (await fake.nextCall('getNotificationPreferences')).resolve(preferences());
  await element.taskComplete;
  return { fake, element };
}

const checkbox = (element: AcmeNotifications, name: string) =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)!;

describe('acme-notifications (a host section on the public kit)', () => {
  describePanelBaseline({
    tag: 'acme-notifications',
    sections,
    manageSession: testSession(),
    deniedSession: ssoSession,
    deniedReason: 'managed-by-identity-provider',
    firstLoad: 'getNotificationPreferences',
    firstLoadValue: preferences(),
    writeControls: 'button[type=submit]',
    write: {
      start: async (element) => {
        const panel = element as AcmeNotifications;
        checkbox(panel, 'Slack: Weekly activity summary').click();
        await panel.updateComplete;
        button(panel, 'Save').click();
      },
      method: 'updateNotificationPreferences',
      result: preferences(),
      intent: 'acme-notifications-update',
      fact: 'acme-notifications-updated',
    },
  });

  it('saves what was ticked and says so', async () => {
    const { fake, element } = await render();
    checkbox(element, 'Slack: Weekly activity summary').click();
    await element.updateComplete;
    button(element, 'Save').click();
    const call = await fake.nextCall('updateNotificationPreferences');
    expect((call.args[0] as NotificationPreferences).matrix.weeklySummary.slack).to.equal(true);
    const saved = preferences();
    saved.matrix.weeklySummary.slack = true;
    call.resolve(saved);
    await element.taskComplete;
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('Notification preferences saved.');
    expect(checkbox(element, 'Slack: Weekly activity summary').checked).to.equal(true);
  });

  it('keeps the ticks when the save fails, and offers a retry', async () => {
    const { fake, element } = await render();
    checkbox(element, 'Email: Weekly activity summary').click();
    await element.updateComplete;
    button(element, 'Save').click();
    (await fake.nextCall('updateNotificationPreferences')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect(checkbox(element, 'Email: Weekly activity summary').checked).to.equal(true);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    const retry = await fake.nextCall('updateNotificationPreferences', 1);
    expect((retry.args[0] as NotificationPreferences).matrix.weeklySummary.email).to.equal(true);
  });

  it('keeps focus on Save while saving', async () => {
    const { fake, element } = await render();
    checkbox(element, 'Slack: Weekly activity summary').click();
    await element.updateComplete;
    const save = button(element, 'Save');
    save.focus();
    save.click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    (await fake.nextCall('updateNotificationPreferences')).resolve(preferences());
  });
});

describe('a host section in <settings-app>', () => {
  async function renderApp(session = testSession(), section = 'personal/general') {
    const fake = new FakeClient({ session });
    const { element } = await renderInProvider<SettingsApp>(html`<settings-app section=${section}></settings-app>`, { client: fake.client, sections });
    return { fake, element };
  }
  const navLabels = (app: SettingsApp) => Array.from(app.shadowRoot!.querySelectorAll('[part=nav-link]')).map((a) => a.textContent.trim());

  it('joins the navigation at its order within its scope', async () => {
    const { element } = await renderApp();
    expect(navLabels(element).slice(0, 4)).to.deep.equal(['General', 'Preferences', 'Notifications', 'Membership']);
  });

  it('is explained under "Can\'t find a setting?" with its own reason, and a deep link sends no request', async () => {
    const { fake, element } = await renderApp(ssoSession, 'acme/notifications');
    expect(navLabels(element)).to.not.include('Notifications');
    const hidden = element.shadowRoot!.querySelector('[data-section="acme/notifications"]')!;
    expect(hidden.textContent).to.contain('Personal › Notifications');
    expect(hidden.textContent).to.contain('set by your IT administrator');
    expect(element.shadowRoot!.querySelector('[part=access-notice]')!.getAttribute('data-reason')).to.equal('managed-by-identity-provider');
    expect(fake.callsTo('getNotificationPreferences')).to.have.length(0);
  });

  for (const [locale, label, heading, save] of [
    ['de', 'Benachrichtigungen', 'Ereignis', 'Speichern'],
    ['ar', 'الإشعارات', 'الحدث', 'حفظ'],
  ] as const) {
    it(`speaks the provider's language with the panels around it (${locale}): its navigation label, table and buttons`, async () => {
      const fake = new FakeClient({ session: testSession() });
      const { element } = await renderInProvider<SettingsApp>(html`<settings-app section="acme/notifications"></settings-app>`, {
        client: fake.client,
        sections,
        locale,
      });
      (await fake.nextCall('getNotificationPreferences')).resolve(preferences());
      expect(navLabels(element)[2]).to.equal(label);
      const panel = element.shadowRoot!.querySelector<AcmeNotifications>('acme-notifications')!;
      await panel.taskComplete;
      expect(panel.shadowRoot!.querySelector('thead th')!.textContent.trim()).to.equal(heading);
      expect(findButton(panel, save), `no "${save}" button`).to.not.equal(null);
      expect(shadowText(panel)).to.not.match(/Event|Save|Cancel|Someone joined/);
    });
  }

  it('renders its panel when navigated to', async () => {
    const { fake, element } = await renderApp();
    link(element, 'Notifications').click();
    await element.updateComplete;
    // The panel's first render sends its read (left unanswered).
    await element.shadowRoot!.querySelector<AcmeNotifications>('acme-notifications')!.updateComplete;
    expect(element.section).to.equal('acme/notifications');
    expect(shadowText(element)).to.contain('Notifications');
    expect(fake.callsTo('getNotificationPreferences')).to.have.length(1);
  });
});
