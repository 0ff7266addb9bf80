import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-billing.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { Billing, Session } from '../../src/api/types.js';
import type { SettingsBilling } from '../../src/components/settings-billing/settings-billing.js';
import { formatDate } from '../../src/i18n/localize.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { once, renderInProvider, shadowText } from '../support/render.js';
import { button, type as typeInto } from '../support/dom.js';
import { typeText } from '../support/keyboard.js';

const db = createMockDb({ now: new Date('2026-03-15T10:00:00Z') });
const ownerSession = db.sessionFor('owner');
const billing = db.actingAs('owner').getBilling();
const profile = billing.profile!;

/** Billing view permission only: no persona has it, a host's server may grant it. */
const viewOnlySession: Session = (() => {
  const session = structuredClone(ownerSession);
  const organization = session.organization!;
  organization.role = { id: 'finance-viewer', name: 'Finance viewer' };
  organization.permissions = organization.permissions.filter((p) => p !== 'org.billing.manage');
  return session;
})();

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) => element.shadowRoot!.querySelector<T>(selector);

async function render(options: { session?: Session; supportEmail?: string; value?: Billing } = {}) {
  const fake = new FakeClient({ session: options.session ?? ownerSession });
  const { element, provider } = await renderInProvider<SettingsBilling>(html`<settings-billing></settings-billing>`, {
    client: fake.client,
    ...(options.supportEmail ? { supportEmail: options.supportEmail } : {}),
  });
  (await fake.nextCall('getBilling')).resolve(structuredClone(options.value ?? billing));
  await element.taskComplete;
  return { fake, element, provider };
}

async function type(element: SettingsBilling, id: string, value: string) {
  typeInto($<HTMLInputElement>(element, `#${id}`)!, value);
  await element.updateComplete;
}

/** Opens the form; the panel moves focus into it once it has rendered (its updateComplete). */
async function startEditing(element: SettingsBilling) {
  $(element, '#edit')!.click();
  await element.updateComplete;
}

const submit = (element: SettingsBilling) => $<HTMLButtonElement>(element, 'button[type=submit]')!;

describe('settings-billing', () => {
  describePanelBaseline({
    tag: 'settings-billing',
    manageSession: ownerSession,
    viewSession: viewOnlySession,
    deniedSession: db.sessionFor('org-admin'),
    deniedReason: 'missing-permission',
    firstLoad: 'getBilling',
    firstLoadValue: billing,
    writeControls: '#edit, form, button[type=submit]',
    write: {
      start: async (element) => {
        const billingElement = element as SettingsBilling;
        await startEditing(billingElement);
        await type(billingElement, 'companyName', 'Northwind Trading Ltd');
        submit(billingElement).click();
      },
      method: 'updateBillingProfile',
      result: { ...profile, companyName: 'Northwind Trading Ltd' },
      intent: 'settings-billing-profile-update',
      fact: 'settings-billing-profile-updated',
    },
  });

  it('is hidden for company-only members, with the reason', async () => {
    const fake = new FakeClient({ session: db.sessionFor('company-admin') });
    const { element } = await renderInProvider<SettingsBilling>(html`<settings-billing></settings-billing>`, { client: fake.client });
    expect(shadowText(element)).to.contain('Contact an organization admin to be added.');
    expect(fake.callsTo('getBilling')).to.have.length(0);
  });

  it('shows the plan, billing profile, payment method and invoices', async () => {
    const { element } = await render();
    const text = shadowText(element);
    expect(text).to.contain('Business');
    expect(text).to.contain('42 of 50 seats used');
    expect(text).to.contain('€1,218.00 per month');
    expect(text).to.contain(`Renews on ${formatDate(billing.plan.renewsAt)}`);
    expect(text).to.contain('Northwind Traders Ltd');
    expect(text).to.contain('United Kingdom');
    expect(text).to.contain('GB 123 4567 89');
    expect(text).to.contain('Visa •••• 4242');
    expect(text).to.contain('Expires 08/2028');
    const rows = element.shadowRoot!.querySelectorAll('[part=invoices] tbody tr');
    expect(rows).to.have.length(12);
    expect(rows[0]!.textContent).to.contain('NW-2026-03').and.to.contain('Open');
    expect(rows[1]!.textContent).to.contain('Paid');
  });

  it('offers each invoice as a download named after its number', async () => {
    const { element } = await render();
    const invoice = billing.invoices[0]!;
    const link = $<HTMLAnchorElement>(element, `a[aria-label="Download invoice ${invoice.number}"]`)!;
    expect(link.getAttribute('href')).to.equal(invoice.downloadUrl);
    expect(link.hasAttribute('download')).to.equal(true);
    expect(link.textContent.trim()).to.equal('Download');
  });

  it('never links to a script URL the server sends (finding 3): the invoice says it cannot be downloaded', async () => {
    const hostile = ['javascript:alert(document.domain)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
    const invoices = hostile.map((downloadUrl, i) => ({ ...billing.invoices[0]!, id: `hostile-${i}`, number: `X-${i}`, downloadUrl }));
    const safe = [
      { ...billing.invoices[0]!, id: 'https', number: 'S-1', downloadUrl: 'https://billing.example.com/invoices/S-1.pdf' },
      { ...billing.invoices[0]!, id: 'relative', number: 'S-2', downloadUrl: '/api/organization/billing/invoices/S-2.pdf' },
    ];
    const { element } = await render({ value: { ...billing, invoices: [...invoices, ...safe] } });
    const hrefs = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=invoices] a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://billing.example.com/invoices/S-1.pdf', '/api/organization/billing/invoices/S-2.pdf']);
    const rows = [...element.shadowRoot!.querySelectorAll('[part=invoices] tbody tr')];
    expect(rows.slice(0, hostile.length).map((row) => row.querySelector('[part~=row-actions]')!.textContent.trim())).to.deep.equal(
      hostile.map(() => 'Not available'),
    );
  });

  it('says "No invoices yet" when there are none', async () => {
    const { element } = await render({ value: { ...billing, invoices: [] } });
    expect($(element, '[part=empty]')!.textContent).to.contain('No invoices yet');
    expect($(element, 'table')).to.equal(null);
  });

  it('says the billing profile is not set up and links to the support email', async () => {
    const { element } = await render({ supportEmail: 'help@vendor.example', value: { ...billing, profile: null, paymentMethod: null, invoices: [] } });
    const notice = $(element, '[part=not-set-up]')!;
    expect(notice.textContent).to.contain('Billing profile not set up');
    const mail = notice.querySelector('a')!;
    expect(mail.textContent).to.equal('help@vendor.example');
    expect(mail.getAttribute('href')).to.match(/^mailto:help@vendor\.example\?subject=Billing%20profile%20setup%20for%20Northwind/);
    expect($(element, '#edit')).to.equal(null);
    expect(shadowText(element)).to.contain('No payment method on file.');
  });

  it('tells the user to contact their account team when the host configured no support email', async () => {
    const { element } = await render({ value: { ...billing, profile: null } });
    const notice = $(element, '[part=not-set-up]')!;
    expect(notice.textContent).to.contain('contact your account team');
    expect(notice.querySelector('a')).to.equal(null);
  });

  it('edits the profile: Save waits for a change, Cancel restores the saved values', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    expect(element.shadowRoot!.activeElement?.id).to.equal('companyName');
    expect(submit(element).getAttribute('aria-disabled')).to.equal('true');
    submit(element).click();
    await element.updateComplete;
    expect(fake.callsTo('updateBillingProfile'), 'nothing to save').to.have.length(0);
    await type(element, 'companyName', 'Changed Ltd');
    expect(submit(element).getAttribute('aria-disabled')).to.equal('false');
    await type(element, 'companyName', profile.companyName);
    expect(submit(element).getAttribute('aria-disabled')).to.equal('true');
    await type(element, 'address-city', 'Leeds');
    button($(element, 'form')!, 'Cancel').click();
    await element.updateComplete;
    expect($(element, 'form')).to.equal(null);
    expect(shadowText(element)).to.contain('London').and.not.to.contain('Leeds');
    expect(element.shadowRoot!.activeElement?.id).to.equal('edit');
  });

  it('saves only the changed fields, then shows the saved profile and says so', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'billingEmail', 'finance@northwind.example');
    await type(element, 'address-country', 'ie');
    const fact = once(element, 'settings-billing-profile-updated');
    submit(element).click();
    await element.updateComplete;
    expect(submit(element).textContent.trim()).to.equal('Saving…');
    expect(submit(element).getAttribute('aria-disabled')).to.equal('true');
    const call = await fake.nextCall('updateBillingProfile');
    expect(call.args[0]).to.deep.equal({ billingEmail: 'finance@northwind.example', address: { country: 'IE' } });
    const saved = { ...profile, billingEmail: 'finance@northwind.example', address: { ...profile.address, country: 'IE' } };
    call.resolve(saved);
    expect((await fact).profile).to.deep.equal(saved);
    await element.taskComplete;
    expect($(element, 'form')).to.equal(null);
    expect($(element, '[part=status]')!.textContent).to.equal('Billing profile saved.');
    expect(shadowText(element)).to.contain('finance@northwind.example').and.contain('Ireland');
  });

  it('keeps what was typed while the save was in flight, ready to save (issue 8, finding 9)', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'billingEmail', 'finance@northwind.example');
    submit(element).click();
    const call = await fake.nextCall('updateBillingProfile');
    await type(element, 'taxId', 'IE9999999X');
    call.resolve({ ...profile, billingEmail: 'finance@northwind.example' });
    await element.taskComplete;
    expect($<HTMLInputElement>(element, '#taxId')?.value, 'the later typing is still in the form').to.equal('IE9999999X');
    expect($<HTMLInputElement>(element, '#billingEmail')!.value).to.equal('finance@northwind.example');
    submit(element).click();
    expect((await fake.nextCall('updateBillingProfile', 1)).args[0]).to.deep.equal({ taxId: 'IE9999999X' });
  });

  it('keeps focus on Save while it saves, and ignores another press meanwhile', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'taxId', 'GB 2');
    const save = submit(element);
    save.focus();
    save.click();
    await element.updateComplete;
    const call = await fake.nextCall('updateBillingProfile');
    expect(element.shadowRoot!.activeElement === save, 'focus on save').to.equal(true);
    expect(save.getAttribute('aria-disabled')).to.equal('true');
    expect(save.getAttribute('aria-busy')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    // The press is handled when sendKeys returns; a second write would have been sent by then.
    await element.updateComplete;
    expect(fake.callsTo('updateBillingProfile')).to.have.length(1);
    call.resolve({ ...profile, taxId: 'GB 2' });
    await element.taskComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('edit');
  });

  it('shows 422 field errors beside their fields and keeps the edits', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'address-city', ' ');
    await type(element, 'billingEmail', 'not-an-email');
    submit(element).click();
    (await fake.nextCall('updateBillingProfile')).reject(
      new SettingsApiError({
        status: 422,
        code: 'validation_failed',
        message: 'Invalid',
        fieldErrors: { 'address.city': 'Enter the city.', billingEmail: 'Enter a valid email address, like name@example.com.' },
      }),
    );
    await element.taskComplete;
    expect(element.shadowRoot!.activeElement?.id, 'focus on the first rejected field').to.equal('billingEmail');
    const city = $<HTMLInputElement>(element, '#address-city')!;
    expect(city.getAttribute('aria-invalid')).to.equal('true');
    expect($(element, `#${city.getAttribute('aria-describedby')}`)!.textContent).to.equal('Enter the city.');
    const email = $<HTMLInputElement>(element, '#billingEmail')!;
    expect(email.value).to.equal('not-an-email');
    expect(email.getAttribute('aria-describedby')).to.equal('billingEmail-error');
    expect($(element, '#companyName')!.getAttribute('aria-invalid')).to.equal('false');
    const alert = $(element, '[role=alert]')!;
    expect(alert.textContent).to.contain('Some fields need your attention.');
    expect(alert.querySelector('button')).to.equal(null);
  });

  it('keeps the edits when the save fails and retries the same change', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'taxId', 'GB 999');
    submit(element).click();
    (await fake.nextCall('updateBillingProfile')).reject(new SettingsApiError({ status: 500, code: 'server_error', message: 'boom' }));
    await element.taskComplete;
    expect($<HTMLInputElement>(element, '#taxId')!.value).to.equal('GB 999');
    $(element, '[role=alert] button')!.click();
    const retry = await fake.nextCall('updateBillingProfile', 1);
    expect(retry.args[0]).to.deep.equal({ taxId: 'GB 999' });
    retry.resolve({ ...profile, taxId: 'GB 999' });
    await element.taskComplete;
    expect($(element, '[role=alert]')).to.equal(null);
    expect(shadowText(element)).to.contain('GB 999');
  });

  it('says when to retry after too many requests', async () => {
    const { element, fake } = await render();
    await startEditing(element);
    await type(element, 'taxId', 'GB 1');
    submit(element).click();
    (await fake.nextCall('updateBillingProfile')).reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 30 }));
    await element.taskComplete;
    expect($(element, '[role=alert]')!.textContent).to.contain('Try again in 30 seconds');
    expect($<HTMLInputElement>(element, '#taxId')!.value).to.equal('GB 1');
  });

  it('is operable by keyboard: Edit, type, Enter saves', async () => {
    const { element, fake } = await render();
    $(element, '#edit')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('companyName');
    await sendKeys({ press: 'End' });
    await typeText(' Group');
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextCall('updateBillingProfile');
    expect(call.args[0]).to.deep.equal({ companyName: `${profile.companyName} Group` });
  });

  it('saves through the mock server and the profile stays saved', async () => {
    const mockDb = createMockDb();
    const client = createMockClient({ persona: 'owner', db: mockDb });
    const { element } = await renderInProvider<SettingsBilling>(html`<settings-billing></settings-billing>`, { client });
    await element.taskComplete;
    expect($(element, '#edit')).to.not.equal(null);
    await startEditing(element);
    await type(element, 'companyName', 'Northwind Holdings Ltd');
    submit(element).click();
    await element.taskComplete;
    expect($(element, '[part=status]')!.textContent).to.equal('Billing profile saved.');
    expect(shadowText(element)).to.contain('Northwind Holdings Ltd');
    expect(mockDb.actingAs('billing-manager').getBilling().profile!.companyName).to.equal('Northwind Holdings Ltd');
  });

  it('shows the not-set-up state for a tenant without a billing profile (mock server)', async () => {
    const client = createMockClient({ persona: 'no-billing-profile' });
    const { element } = await renderInProvider<SettingsBilling>(html`<settings-billing></settings-billing>`, { client, supportEmail: 'support@example.com' });
    await element.taskComplete;
    expect($(element, '[part=not-set-up]')).to.not.equal(null);
    expect($(element, '[part=not-set-up] a')!.getAttribute('href')).to.contain('mailto:support@example.com');
    expect(shadowText(element)).to.contain('Starter').and.contain('No invoices yet');
    await expect(element).to.be.accessible();
  });
});
