import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
import { defineKeyDialogs, keyDialogs } from '../support/api-key-dialogs.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { ApiKey, Page, Session } from '../../src/api/types.js';
import type { SettingsApiKeys } from '../../src/components/settings-api-keys/settings-api-keys.js';
import type { SettingsApiKeyRevokedEvent, SettingsApiKeyToggledEvent } from '../../src/events/api-key-events.js';
import { formatDate, formatDateTime } from '../../src/i18n/localize.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { allElements, drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, type } from '../support/dom.js';
import { apiKeyAnswers, chooseFullAccess, ownerKeyPolicy, testApiKey } from '../support/api-key-answers.js';
import { retryWhereWebKitMissesKeys } from '../support/engine.js';

await defineKeyDialogs();

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });
const ownerSession = db.sessionFor('owner');

/** The owner with only `org.api-keys.view`: the panel is read-only. */
function viewOnlySession(): Session {
  const session = structuredClone(ownerSession);
  const organization = session.organization!;
  organization.role = { id: 'auditor', name: 'Auditor' };
  organization.permissions = organization.permissions.filter((p) => p !== 'org.api-keys.manage');
  return session;
}

const day = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * day).toISOString();

/** A key as the server lists it (`testApiKey`), never used unless told. */
const apiKey = (overrides: Partial<ApiKey> & Pick<ApiKey, 'id' | 'name'>): ApiKey => testApiKey({ lastUsedAt: null, ...overrides });

const ci = apiKey({ id: 'k1a1', name: 'CI deploy', lastUsedAt: ago(2), expiresAt: new Date(Date.now() + 90 * day).toISOString() });
const legacy = apiKey({ id: 'k2b2', name: 'Legacy reporting', status: 'expired', expiresAt: ago(3) });
const zapier = apiKey({ id: 'k3c3', name: 'Zapier', status: 'revoked', revokedAt: ago(1) });
const portal = apiKey({ id: 'k4d4', name: 'Partner portal', lastUsedAt: ago(0.1), replacedByKeyId: 'k5e5' });
const portalNew = apiKey({ id: 'k5e5', name: 'Partner portal (rotated)', createdAt: ago(1), replacesKeyId: 'k4d4' });

const page = (items: ApiKey[], nextCursor: string | null = null, total = items.length): Page<ApiKey> => ({ items, nextCursor, total });
const secret = 'mock_key_SECRETzz9f3b1c0d2e4a6b8c0d1e2f3a4b5c6d7e8';

async function renderKeys(session: Session = ownerSession) {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  const { element, provider } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
  return { fake, element, provider };
}

async function loaded(items: ApiKey[] = [ci, portalNew, portal, legacy], session?: Session) {
  const rendered = await renderKeys(session);
  (await rendered.fake.nextCall('listApiKeys')).resolve(page(items));
  await rendered.element.taskComplete;
  return rendered;
}

/** In the panel's shadow root, or else in its dialogs' (`<settings-api-key-dialogs>` draws them in a shadow root of its own). */
const $ = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  (root.shadowRoot!.querySelector<T>(selector) ?? root.shadowRoot!.querySelector('settings-api-key-dialogs')?.shadowRoot?.querySelector<T>(selector) ?? null)!;

/** Every text a user could find on the page: all shadow roots, input values, attributes. */
function pageContains(root: Element, text: string): boolean {
  return allElements(root).some(
    (el) =>
      [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(text)) ||
      [...el.attributes].some((a) => a.value.includes(text)) ||
      (el instanceof HTMLInputElement && el.value.includes(text)),
  );
}

/**
 * A row's button, by its accessible name ("Revoke CI deploy"): its `aria-label`, or, for a button
 * under the busy rule (Disable, Enable), the visually hidden text that names it beside the visible verb.
 */
function rowAction(element: SettingsApiKeys, label: string): HTMLButtonElement | undefined {
  return [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=row-actions] button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.querySelector('.visually-hidden')?.textContent) === label,
  );
}

/** A row's action: a dialog opens, or a write starts (the test answers it), so the render is what to wait for. */
async function clickRowAction(element: SettingsApiKeys, label: string) {
  rowAction(element, label)!.click();
  await element.updateComplete;
}

/**
 * After a write that reloads the list: the reads and writes settled (taskComplete), then the line
 * saying what changed. The panel writes that line once its own reload promise has resolved, a few
 * reactions after the loads taskComplete waits for, and no promise of the panel says when: so those
 * reactions, then its render.
 */
async function reported(element: SettingsApiKeys) {
  await element.taskComplete;
  await drainMicrotasks();
  await element.updateComplete;
}

/**
 * The secret view of a key just created, once it shows the secret: the panel hands it over when the
 * write's answer has run through its promises. Its `taskComplete` would also wait for the list
 * reload the create starts, which these tests answer later (or not at all), so: those promises,
 * then the view's render.
 */
async function secretShown(element: SettingsApiKeys) {
  await drainMicrotasks();
  const view = $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret');
  await view.updateComplete;
  return view;
}

/** Records every event of the panel's host-facing vocabulary, to check none carries a secret. */
function recordEvents(target: EventTarget) {
  const events: Event[] = [];
  for (const type of ['create', 'created', 'revoke', 'revoked', 'rotation-completed']) {
    target.addEventListener(`settings-api-key-${type}`, (e) => events.push(e));
  }
  return events;
}

function eventsCarry(events: Event[], text: string): boolean {
  return events.some((e) => JSON.stringify({ ...e }).includes(text));
}

describe('settings-api-keys', () => {
  describePanelBaseline({
    tag: 'settings-api-keys',
    manageSession: ownerSession,
    viewSession: viewOnlySession(),
    deniedSession: db.sessionFor('billing-manager'),
    deniedReason: 'missing-permission',
    firstLoad: 'listApiKeys',
    answers: apiKeyAnswers,
    firstLoadValue: page([ci, portalNew, portal]),
    writeControls: '[part~=create-button], [part~=row-actions], settings-api-key-secret, settings-api-key-rotation',
    write: {
      start: (element) => {
        $<HTMLButtonElement>(element, '[part=create-button]').click();
        return (element as SettingsApiKeys).updateComplete.then(() => {
          type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
          chooseFullAccess(keyDialogs(element));
          $<HTMLFormElement>(element, 'form#create').requestSubmit();
        });
      },
      method: 'createApiKey',
      result: { apiKey: apiKey({ id: 'k9z9', name: 'Webhook relay' }), secret },
      intent: 'settings-api-key-create',
      fact: 'settings-api-key-created',
    },
  });

  it('explains that API keys are not enabled for the tenant, without a request', async () => {
    const { fake, element } = await renderKeys(db.sessionFor('no-api-keys'));
    expect($(element, '[part=access-notice]').dataset['reason']).to.equal('feature-unavailable');
    expect(shadowText(element)).to.contain('API keys is not enabled for your organization');
    expect(fake.calls.filter((c) => c.method !== 'getSession')).to.have.length(0);
  });

  it('lists each key with its masked prefix, creator, last use, expiry and status', async () => {
    const { fake, element } = await loaded();
    expect(fake.callsTo('listApiKeys')[0]!.args[0]).to.deep.equal({ limit: 25, status: 'active' });
    const rowElements = [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('[part=row]')];
    const cells = [...rowElements[0]!.cells].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 5)).to.deep.equal([
      'CI deploymock_key_k1a1•••• Full access',
      `${formatDate(ci.createdAt)}by Olivia Martin`,
      `2 days ago (${formatDateTime(ci.lastUsedAt)})`,
      `in 3 months (${formatDateTime(ci.expiresAt)})`,
      'Active',
    ]);
    const rows = rowElements.map((r) => r.textContent.replace(/\s+/g, ' ').trim());
    expect(rows[1]).to.contain('Replaces “Partner portal”').and.to.contain('Never used').and.to.contain('Never expires');
    expect(rows[2]).to.contain('Rotation in progress').and.to.contain('Continue rotation');
    expect(rowElements[2]!.querySelector('[part=row-actions] button')!.getAttribute('aria-label')).to.equal('Continue rotation of Partner portal');
    expect(rowElements[3]!.querySelector('[part=row-actions] button')).to.equal(null);
    expect(rows[3]).to.contain('Expired');
    expect(shadowText(element)).to.contain('Showing 4 of 4 keys');
    // Relative times name the exact moment for hover and assistive technology.
    expect($(element, '[part=row] time').getAttribute('title')).to.match(/\d{4}/);
  });

  it('filters active vs all keys on the server, and searches by name', async function () {
    retryWhereWebKitMissesKeys(this);
    const { fake, element } = await loaded();
    // Both are labelled on screen, like every list's search and filters.
    const label = $<HTMLLabelElement>(element, 'label[for=api-key-search]');
    expect([label.textContent.trim(), label.classList.contains('visually-hidden')]).to.deep.equal(['Search keys by name', false]);
    expect($(element, 'label[for=api-key-filter]').textContent.trim()).to.equal('Show');
    const filter = $<HTMLSelectElement>(element, '#api-key-filter');
    filter.value = 'all';
    filter.dispatchEvent(new Event('change'));
    expect((await fake.nextCall('listApiKeys', 1)).args[0]).to.deep.equal({ limit: 25, status: 'all' });
    fake.callsTo('listApiKeys')[1]!.resolve(page([ci, zapier]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('Revoked');

    const search = $<HTMLInputElement>(element, 'input[type=search]');
    search.focus();
    await sendKeys({ type: 'zap' });
    await sendKeys({ press: 'Enter' });
    const call = await fake.nextSearch('listApiKeys', 2, 'zap', 0, page([]));
    expect(call.args[0]).to.deep.equal({ limit: 25, q: 'zap', status: 'all' });
    call.resolve(page([]));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('No key matches “zap”. Try another name.');
  });

  it('pages through a large organization on the server', async () => {
    const { fake, element } = await renderKeys();
    (await fake.nextCall('listApiKeys')).resolve(page([ci, portal], 'cursor-2', 1000));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('Showing 2 of 1,000 keys');
    button(element, 'Show more').click();
    const second = await fake.nextCall('listApiKeys', 1);
    expect(second.args[0]).to.deep.include({ cursor: 'cursor-2' });
    second.reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 12 }));
    await element.taskComplete;
    expect($(element, '[role=alert]').textContent).to.contain('Try again in 12 seconds');
    expect(element.shadowRoot!.querySelectorAll('[part=row]')).to.have.length(2);
  });

  it('keeps focus on Show more while the next page loads', async () => {
    const { fake, element } = await renderKeys();
    (await fake.nextCall('listApiKeys')).resolve(page([ci, portal], 'cursor-2', 1000));
    await element.taskComplete;
    const more = button(element, 'Show more');
    more.focus();
    await sendKeys({ press: 'Enter' });
    const second = await fake.nextCall('listApiKeys', 1);
    await element.updateComplete;
    expect(more.textContent.trim()).to.equal('Loading…');
    expect([more.disabled, more.getAttribute('aria-disabled'), more.getAttribute('aria-busy')]).to.deep.equal([false, 'true', 'true']);
    // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
    expect(element.shadowRoot!.activeElement === more, 'Show more keeps focus').to.equal(true);
    // Pressed again meanwhile: no second request for the same page.
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(fake.callsTo('listApiKeys')).to.have.length(2);
    second.resolve(page([legacy], 'cursor-3', 1000));
    await element.taskComplete;
    expect(shadowText(element)).to.contain('Showing 3 of 1,000 keys');
    expect(more.getAttribute('aria-disabled')).to.equal('false');
    expect(element.shadowRoot!.activeElement === more, 'still on Show more with the page shown').to.equal(true);
  });

  it('says what to do when there is no key', async () => {
    const { element } = await loaded([]);
    expect($(element, '[part~=empty]').textContent).to.contain('There are no active API keys.').and.to.contain('Create a key');
    const readOnly = await loaded([], viewOnlySession());
    expect($(readOnly.element, '[part~=empty]').textContent).not.to.contain('Create a key');
  });

  describe('Create key', () => {
    async function openCreate() {
      const rendered = await loaded();
      button(rendered.element, 'Create key').click();
      await rendered.element.updateComplete;
      return rendered;
    }

    it('waits for the key policy before showing the list, then offers its defaults, so Name + Create key works', async () => {
      const fake = new FakeClient({ session: ownerSession, answers: { listApiKeys: apiKeyAnswers.listApiKeys } });
      const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      (await fake.nextCall('listApiKeys')).resolve(page([ci]));
      // taskComplete would wait for the policy, still unanswered: the list's answer comes through
      // promises alone, so once they have run, the panel's render is all that is left.
      await drainMicrotasks();
      await element.updateComplete;
      // The policy line stands above the list: until it answers, the panel is loading (nothing jumps).
      expect(element.shadowRoot!.querySelector('[part=create-button]'), 'no Create key before the policy').to.equal(null);
      expect(shadowText(element)).to.contain('Loading');
      (await fake.nextCall('getApiKeyPolicy')).resolve(structuredClone(ownerKeyPolicy));
      await element.taskComplete;
      button(element, 'Create key').click();
      await element.updateComplete;
      type($<HTMLInputElement>(element, '#key-name'), 'Late policy');
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      const create = await fake.nextCall('createApiKey');
      expect(create.args[0]).to.deep.equal({ name: 'Late policy', expiresInDays: 90, fullAccess: true });
    });

    it('offers only the scopes the creator holds, and sends the chosen levels', async () => {
      const adminPolicy = createMockDb().actingAs('org-admin').getApiKeyPolicy();
      const fake = new FakeClient({ session: db.sessionFor('org-admin'), answers: { ...apiKeyAnswers, getApiKeyPolicy: () => adminPolicy } });
      const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      (await fake.nextCall('listApiKeys')).resolve(page([ci]));
      await element.taskComplete;
      button(element, 'Create key').click();
      await element.updateComplete;
      expect(keyDialogs(element).querySelector('input[name=key-access]'), 'no full access to offer').to.equal(null);
      const areas = [...keyDialogs(element).querySelectorAll<HTMLSelectElement>('.scope-areas select')].map((s) => s.id);
      expect(areas).to.deep.equal(['scope-admin-team', 'scope-data-repository']);
      const repository = $<HTMLSelectElement>(element, '#scope-data-repository');
      expect([...repository.options].map((o) => o.value)).to.deep.equal(['none', 'read']);
      repository.value = 'none';
      repository.dispatchEvent(new Event('change'));
      type($<HTMLInputElement>(element, '#key-name'), 'Team export');
      await element.updateComplete;
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      const create = await fake.nextCall('createApiKey');
      expect(create.args[0]).to.deep.equal({ name: 'Team export', expiresInDays: 90, fullAccess: false, scopes: ['admin-team:read'] });
    });

    it('under a lifetime policy offers no "Never" and nothing longer, and says the maximum', async () => {
      const policy = { ...ownerKeyPolicy, maxLifetimeDays: 60 };
      const fake = new FakeClient({ session: ownerSession, answers: { ...apiKeyAnswers, getApiKeyPolicy: () => policy } });
      const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      (await fake.nextCall('listApiKeys')).resolve(page([ci]));
      await element.taskComplete;
      expect($(element, '[part=policy]').textContent).to.contain('New keys expire after at most 60 days.');
      button(element, 'Create key').click();
      await element.updateComplete;
      const expiry = $<HTMLSelectElement>(element, '#key-expiry');
      expect([...expiry.options].map((o) => o.textContent.trim())).to.deep.equal(['30 days', '60 days (the longest allowed)']);
      expect(expiry.value).to.equal('60');
      expect(keyDialogs(element).textContent).to.contain('Your organization allows keys for at most 60 days.');
    });

    it('refuses a key that may do nothing before sending, beside the access choice', async () => {
      const { fake, element } = await openCreate();
      type($<HTMLInputElement>(element, '#key-name'), 'Nothing');
      const scoped = keyDialogs(element).querySelectorAll<HTMLInputElement>('input[name=key-access]')[1]!;
      scoped.click();
      await element.updateComplete;
      for (const select of keyDialogs(element).querySelectorAll<HTMLSelectElement>('.scope-areas select')) {
        select.value = 'none';
        select.dispatchEvent(new Event('change'));
      }
      await element.updateComplete;
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      await element.updateComplete;
      expect(fake.callsTo('createApiKey')).to.have.length(0);
      expect($(element, '#key-access-error').textContent).to.equal('Choose at least one thing the key may do.');
      expect($<HTMLInputElement>(element, '#key-name').value).to.equal('Nothing');
    });

    it('creates with the chosen expiry, shows the secret once and forgets it when closed', async () => {
      const { fake, element, provider } = await openCreate();
      const events = recordEvents(provider);
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      const expiry = $<HTMLSelectElement>(element, '#key-expiry');
      expect([...expiry.options].map((o) => o.text.trim())).to.deep.equal(['30 days', '90 days', '180 days', '365 days', 'Never']);
      expect(expiry.selectedOptions[0]!.text.trim()).to.equal('90 days');
      expiry.value = '';
      expiry.dispatchEvent(new Event('change'));
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      const create = await fake.nextCall('createApiKey');
      expect(create.args[0]).to.deep.equal({ name: 'Webhook relay', expiresInDays: null, fullAccess: true });
      create.resolve({ apiKey: apiKey({ id: 'k9z9', name: 'Webhook relay' }), secret });
      const view = await secretShown(element);
      const dialog = view.shadowRoot!.querySelector('settings-dialog')!;
      expect(dialog.heading).to.equal('New API key “Webhook relay”');
      expect(shadowText(view) + dialog.textContent).to.contain("Copy this secret now. You won't see it again.");
      expect(view.shadowRoot!.querySelector('code')!.textContent).to.equal(secret);
      // While shown: only as text, never in an attribute, the URL or storage.
      expect(allElements(document.body).some((el) => [...el.attributes].some((a) => a.value.includes(secret)))).to.equal(false);
      expect(location.href + JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain(secret);
      expect(fake.callsTo('listApiKeys')).to.have.length(2);

      // Closing needs the acknowledgment: Done is disabled and Escape does nothing.
      const done = button(view, 'Done');
      expect(done.disabled).to.equal(true);
      await sendKeys({ press: 'Escape' });
      // A close would be reported by the native close event, a task of its own: let one run.
      await drainMicrotasks();
      expect(dialog.open).to.equal(true);
      const saved = view.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
      saved.click();
      await view.updateComplete;
      expect(done.disabled).to.equal(false);
      const closed = once(dialog, 'settings-dialog-closed');
      done.click();
      await closed;
      (await fake.nextCall('listApiKeys', 1)).resolve(page([apiKey({ id: 'k9z9', name: 'Webhook relay' }), ci]));
      await reported(element);

      expect(pageContains(document.body, secret)).to.equal(false);
      expect((view as unknown as { secret: unknown }).secret).to.equal(null);
      expect(eventsCarry(events, secret)).to.equal(false);
      expect(events.map((e) => e.type)).to.deep.equal(['settings-api-key-create', 'settings-api-key-created']);
      expect($(element, '[part=status]').textContent).to.contain('API key “Webhook relay” created.');
    });

    it('copies the secret and says so, or selects it when there is no clipboard', async () => {
      const { fake, element } = await openCreate();
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      (await fake.nextCall('createApiKey')).resolve({ apiKey: apiKey({ id: 'k9z9', name: 'Webhook relay' }), secret });
      (await fake.nextCall('listApiKeys', 1)).resolve(page([apiKey({ id: 'k9z9', name: 'Webhook relay' }), ci]));
      await element.taskComplete;
      const view = $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret');
      await view.updateComplete;
      const clipboard = navigator.clipboard;
      const copied: string[] = [];
      // The stub's answer is what the view waits for before saying how the copy went: the test
      // awaits the same promise (after the view, which asked first), then the view's render.
      let answered: Promise<void> = Promise.resolve();
      try {
        clipboard.writeText = (text: string) => (copied.push(text), (answered = Promise.resolve()));
        button(view, 'Copy').click();
        await answered;
        await view.updateComplete;
        expect(copied).to.deep.equal([secret]);
        expect(view.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Copied');

        clipboard.writeText = () => (answered = Promise.reject(new DOMException('denied', 'NotAllowedError')));
        button(view, 'Copy').click();
        await answered.catch(() => undefined);
        await view.updateComplete;
        expect(view.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('The secret is selected');
        expect(getSelection()!.toString()).to.equal(secret);
      } finally {
        // The stubs are own properties: deleting them brings back Clipboard.prototype.writeText.
        delete (clipboard as Partial<Clipboard>).writeText;
        getSelection()!.removeAllRanges();
      }
    });

    it('is accessible with the form and with the secret open', async () => {
      const { fake, element } = await openCreate();
      await expect(element).to.be.accessible();
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      (await fake.nextCall('createApiKey')).resolve({ apiKey: apiKey({ id: 'k9z9', name: 'Webhook relay' }), secret });
      (await fake.nextCall('listApiKeys', 1)).resolve(page([apiKey({ id: 'k9z9', name: 'Webhook relay' }), ci]));
      await element.taskComplete;
      await $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret').updateComplete;
      expect($(element, 'settings-api-key-secret').shadowRoot!.querySelector('code')?.textContent, 'the secret is open').to.equal(secret);
      await expect(element).to.be.accessible();
    });

    it('keeps what was typed and shows a duplicate name beside the field (422)', async () => {
      const { fake, element } = await openCreate();
      const name = $<HTMLInputElement>(element, '#key-name');
      type(name, 'CI deploy');
      chooseFullAccess(keyDialogs(element));
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      (await fake.nextCall('createApiKey')).reject(
        new SettingsApiError({ status: 422, code: 'validation_failed', message: 'Invalid', fieldErrors: { name: 'An active key already has this name. Choose another.' } }),
      );
      await element.taskComplete;
      expect(name.value).to.equal('CI deploy');
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = name.getAttribute('aria-describedby')!.split(' ').map((id) => keyDialogs(element).getElementById(id)!.textContent);
      expect(describedBy).to.include('An active key already has this name. Choose another.');
      expect($<HTMLElement & { open: boolean }>(element, 'settings-dialog').open).to.equal(true);
      expect($(element, 'settings-api-key-secret').shadowRoot!.querySelector('settings-dialog')).to.equal(null);
    });

    it('says when to retry after a 429 and makes the buttons unavailable while creating', async () => {
      const { fake, element } = await openCreate();
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      const create = await fake.nextCall('createApiKey');
      await element.updateComplete;
      const submit = button(keyDialogs(element), 'Creating…');
      // Busy, not disabled (it keeps focus): a second press sends nothing.
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(submit.getAttribute('aria-busy')).to.equal('true');
      const cancel = button(keyDialogs(element), 'Cancel');
      expect([cancel.disabled, cancel.getAttribute('aria-disabled')]).to.deep.equal([false, 'true']);
      submit.click();
      cancel.click();
      await element.updateComplete;
      expect(fake.callsTo('createApiKey')).to.have.length(1);
      expect($<HTMLElement & { open: boolean }>(element, 'settings-dialog').open, 'Cancel does nothing while creating').to.equal(true);
      create.reject(new SettingsApiError({ status: 429, code: 'rate_limited', message: 'slow', retryAfter: 30 }));
      await element.taskComplete;
      expect($(element, 'settings-dialog [role=alert]').textContent).to.contain('Try again in 30 seconds');
      expect($<HTMLInputElement>(element, '#key-name').value).to.equal('Webhook relay');
    });

    it('keeps focus on Create key while the key is created', async () => {
      const { fake, element } = await openCreate();
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      await element.updateComplete;
      const submit = $<HTMLButtonElement>(element, 'settings-dialog button[type=submit]');
      submit.focus();
      await sendKeys({ press: 'Enter' });
      const create = await fake.nextCall('createApiKey');
      await element.updateComplete;
      expect(submit.textContent.trim()).to.equal('Creating…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
      expect(keyDialogs(element).activeElement === submit, 'Create key keeps focus').to.equal(true);
      create.reject(new SettingsApiError({ status: 409, code: 'conflict', message: 'Try another name.' }));
      await element.taskComplete;
      expect(submit.getAttribute('aria-disabled')).to.equal('false');
      expect(keyDialogs(element).activeElement === submit, 'still on Create key after the failure').to.equal(true);
    });

    it('keeps focus on Cancel while the key is created, and cancels once the write is over', async () => {
      const { fake, element } = await openCreate();
      type($<HTMLInputElement>(element, '#key-name'), 'Webhook relay');
      chooseFullAccess(keyDialogs(element));
      await element.updateComplete;
      const cancel = button(keyDialogs(element), 'Cancel');
      cancel.focus();
      $<HTMLFormElement>(element, 'form#create').requestSubmit();
      const create = await fake.nextCall('createApiKey');
      await element.updateComplete;
      expect([cancel.disabled, cancel.getAttribute('aria-disabled')]).to.deep.equal([false, 'true']);
      expect(keyDialogs(element).activeElement === cancel, 'Cancel keeps focus while creating').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const dialog = $<HTMLElement & { open: boolean }>(element, 'settings-dialog');
      expect(dialog.open, 'not cancelled mid-write').to.equal(true);
      create.reject(new SettingsApiError({ status: 409, code: 'conflict', message: 'Try another name.' }));
      await element.taskComplete;
      expect(cancel.getAttribute('aria-disabled')).to.equal('false');
      expect(keyDialogs(element).activeElement === cancel, 'still on Cancel after the failure').to.equal(true);
      const closed = once(dialog, 'settings-dialog-closed');
      await sendKeys({ press: 'Enter' });
      await closed;
      expect(dialog.open).to.equal(false);
      expect(fake.callsTo('createApiKey')).to.have.length(1);
    });
  });

  it('creates a key against the mock server: a taken name is refused beside the field, then the key is listed', async () => {
    const client = createMockClient({ persona: 'owner', db: createMockDb() });
    const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client });
    await element.taskComplete;
    expect(shadowText(element), 'keys loaded').to.include('Production API');
    button(element, 'Create key').click();
    await element.updateComplete;
    const name = $<HTMLInputElement>(element, '#key-name');
    type(name, 'Production API');
    chooseFullAccess(keyDialogs(element));
    $<HTMLFormElement>(element, 'form#create').requestSubmit();
    await element.taskComplete;
    expect(keyDialogs(element).querySelector('#key-name-error'), 'a field error').to.not.equal(null);
    expect($(element, '#key-name-error').textContent).to.equal('An active key already has this name. Choose another.');
    type(name, 'Webhook relay');
    $<HTMLFormElement>(element, 'form#create').requestSubmit();
    // The create, then the list's reload (the mock server answers both), then the secret view's render.
    await element.taskComplete;
    const view = $<HTMLElement & { updateComplete: Promise<unknown> }>(element, 'settings-api-key-secret');
    await view.updateComplete;
    expect(view.shadowRoot!.querySelector('code'), 'the secret is shown').to.not.equal(null);
    const shown = view.shadowRoot!.querySelector('code')!.textContent;
    expect($(element, '[part=row]').textContent, 'the new key is listed').to.include('Webhook relay');
    expect($(element, '[part=row]').textContent).to.contain(shown.slice(0, 12)).and.not.to.contain(shown);
  });

  describe('Disable, enable, expiry warnings, details', () => {
    it('disables a key and enables it again, saying what that means', async () => {
      const { fake, element } = await loaded([ci]);
      await clickRowAction(element, 'Disable CI deploy');
      const disable = await fake.nextCall('disableApiKey');
      expect(disable.args[0]).to.equal('k1a1');
      const toggled = new Promise<SettingsApiKeyToggledEvent>((resolve) => element.addEventListener('settings-api-key-toggled', resolve, { once: true }));
      const disabledAt = new Date().toISOString();
      disable.resolve({ ...ci, status: 'disabled', disabledAt });
      const { change } = await toggled;
      expect([change.action, change.changes]).to.deep.equal(['api-key.disabled', { status: { before: 'active', after: 'disabled' }, disabledAt: { before: null, after: disabledAt } }]);
      (await fake.nextCall('listApiKeys', 1)).resolve(page([{ ...ci, status: 'disabled', disabledAt }]));
      await reported(element);
      expect($(element, '[part=status]').textContent).to.contain('“CI deploy” was disabled. Requests using it fail until you enable it again.');
      expect(shadowText(element)).to.contain('Disabled');
      await clickRowAction(element, 'Enable CI deploy');
      const enable = await fake.nextCall('enableApiKey');
      expect(enable.args[0]).to.equal('k1a1');
      const enabled = new Promise<SettingsApiKeyToggledEvent>((resolve) => element.addEventListener('settings-api-key-toggled', resolve, { once: true }));
      enable.resolve({ ...ci, status: 'active', disabledAt: null });
      expect((await enabled).change.changes).to.deep.equal({ status: { before: 'disabled', after: 'active' }, disabledAt: { before: disabledAt, after: null } });
      (await fake.nextCall('listApiKeys', 2)).resolve(page([{ ...ci, status: 'disabled', disabledAt }]));
      await element.taskComplete;
      await clickRowAction(element, 'Enable CI deploy');
      const again = await fake.nextCall('enableApiKey', 1);
      // A failure from the row says why above the list, in our words, and the list is read again
      // to show the key as the server has it (enabled meanwhile).
      again.reject(new SettingsApiError({ status: 409, code: 'not_disabled', message: 'CI deploy is active, not disabled.' }));
      (await fake.nextCall('listApiKeys', 3)).resolve(page([ci]));
      await element.taskComplete;
      expect(element.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('This key is no longer disabled: it was enabled again, revoked or has expired.');
      expect(rowAction(element, 'Disable CI deploy') !== undefined, 'the row shows the key as it is').to.equal(true);
    });

    it('suggests disabling first when revoking a key used recently, and does it from the dialog', async () => {
      const { fake, element } = await loaded([portal]);
      await clickRowAction(element, 'Revoke Partner portal');
      const dialog = $(element, 'settings-dialog');
      expect(dialog.textContent).to.contain('“Partner portal” was used recently. Disable it first');
      // The list reload that follows stays unanswered: the dialog's close is what this waits for.
      const closed = once(dialog, 'settings-dialog-closed');
      button(keyDialogs(element), 'Disable instead').click();
      (await fake.nextCall('disableApiKey')).resolve({ ...portal, status: 'disabled', disabledAt: new Date().toISOString() });
      await closed;
      expect(fake.callsTo('revokeApiKey')).to.have.length(0);
      expect($<HTMLElement & { open: boolean }>(element, 'settings-dialog').open).to.equal(false);
    });

    it('counts the keys about to expire at the top, with Rotate', async () => {
      const soon = apiKey({ id: 'k6f6', name: 'Staging', expiresAt: new Date(Date.now() + 3 * day).toISOString() });
      const fake = new FakeClient({
        session: ownerSession,
        answers: { getApiKeyPolicy: () => ({ ...ownerKeyPolicy, expiryWarningDays: 7 }), listApiKeys: (q) => ((q as { status?: string }).status === 'expiring' ? page([soon]) : undefined) },
      });
      const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
      (await fake.nextCall('listApiKeys')).resolve(page([soon, ci]));
      await element.taskComplete;
      const warning = $(element, '[part=expiring]');
      expect(warning.textContent).to.contain('1 key expires this week');
      expect(warning.querySelector('button[aria-label="Rotate Staging"]')).to.not.equal(null);
      expect(element.shadowRoot!.querySelector('[part=row]')!.textContent).to.contain('Expires soon');
    });

    it("opens a key's details from its name, with every scope", async () => {
      const scoped = apiKey({ id: 'k7g7', name: 'Reporting', fullAccess: false, scopes: ['sites:read', 'sites:write', 'billing:read'] });
      const { element } = await loaded([scoped]);
      const row = element.shadowRoot!.querySelector('[part=row]')!;
      expect(row.textContent).to.contain('Sites (read and write) · Billing (read)');
      button(element, 'Reporting').click();
      await element.updateComplete;
      const details = $(element, 'settings-dialog');
      expect(details.getAttribute('heading')).to.equal('API key “Reporting”');
      expect(details.textContent.replace(/\s+/g, ' ')).to.contain('Sites: Read and write').and.to.contain('Billing: Read');
    });
  });

  describe('Revoke', () => {
    it('warns, shows the last use, and needs the exact name typed', async () => {
      const { fake, element, provider } = await loaded();
      const events = recordEvents(provider);
      await clickRowAction(element, 'Revoke CI deploy');
      const dialog = $<HTMLElement & { heading: string }>(element, 'settings-dialog');
      expect(dialog.heading).to.equal('Revoke “CI deploy”?');
      expect(dialog.textContent).to.contain('Requests using that key will fail immediately with authentication errors.').and.to.contain('Last used: 2 days ago');
      const revoke = $<HTMLButtonElement>(element, 'settings-dialog button.danger');
      const confirm = $<HTMLInputElement>(element, '#confirm-name');
      type(confirm, 'ci deploy');
      await element.updateComplete;
      // Unavailable but focusable until the exact name is typed: pressing it revokes nothing.
      expect(revoke.getAttribute('aria-disabled')).to.equal('true');
      revoke.click();
      await element.updateComplete;
      expect(fake.callsTo('revokeApiKey')).to.have.length(0);
      expect(events).to.have.length(0);
      type(confirm, 'CI deploy');
      await element.updateComplete;
      expect(revoke.getAttribute('aria-disabled')).to.equal('false');
      revoke.click();
      const call = await fake.nextCall('revokeApiKey');
      expect(call.args[0]).to.equal('k1a1');
      const revokedAt = new Date().toISOString();
      call.resolve({ ...ci, status: 'revoked', revokedAt, lastUsedAt: new Date().toISOString() });
      (await fake.nextCall('listApiKeys', 1)).resolve(page([portalNew, portal]));
      await reported(element);
      expect(events.map((e) => [e.type, (e as Event & { apiKey: ApiKey }).apiKey.status])).to.deep.equal([
        ['settings-api-key-revoke', 'active'],
        ['settings-api-key-revoked', 'revoked'],
      ]);
      // Its audit record: what the revocation changed — not the last use that moved on meanwhile.
      const { change } = events[1] as SettingsApiKeyRevokedEvent;
      expect([change.action, change.section, change.target]).to.deep.equal(['api-key.revoked', 'organization/api-keys', { type: 'api-key', id: 'k1a1' }]);
      expect(change.changes).to.deep.equal({ status: { before: 'active', after: 'revoked' }, revokedAt: { before: null, after: revokedAt } });
      expect($(element, '[part=status]').textContent).to.equal('“CI deploy” was revoked.');
      expect(shadowText(element)).not.to.contain('CI deploy mock_key');
    });

    it('keeps the dialog open, says the key was already revoked and reloads the list', async () => {
      const { fake, element } = await loaded();
      await clickRowAction(element, 'Revoke CI deploy');
      type($<HTMLInputElement>(element, '#confirm-name'), 'CI deploy');
      await element.updateComplete;
      $<HTMLButtonElement>(element, 'settings-dialog button.danger').click();
      (await fake.nextCall('revokeApiKey')).reject(new SettingsApiError({ status: 409, code: 'already_revoked', message: 'CI deploy was already revoked.' }));
      (await fake.nextCall('listApiKeys', 1)).resolve(page([portalNew, portal, legacy]));
      await element.taskComplete;
      expect($(element, 'settings-dialog [role=alert]').textContent).to.contain('This key was already revoked.');
      expect($<HTMLInputElement>(element, '#confirm-name').value).to.equal('CI deploy');
    });
  });
});
