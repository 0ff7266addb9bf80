import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/settings-api-keys.js';
// <settings-dialog>, here from the start: its arrival on first need is in test/kit/dialog-code.test.ts.
import '../../src/define/settings-dialog.js';
// The rotation's code, here from the start: these tests are about the rotation once it opens (the
// panel renders it once its code is defined); its arrival on first need is in settings-api-keys-rotation-code.test.ts.
import { defineApiKeyRotation, type SettingsApiKeyRotation } from '../../src/components/settings-api-keys/settings-api-key-rotation.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { ApiKey, Page } from '../../src/api/types.js';
import type { SettingsApiKeys } from '../../src/components/settings-api-keys/settings-api-keys.js';
import type { SettingsDialog } from '../../src/components/settings-dialog/settings-dialog.js';
import type { SettingsApiKeyCreatedEvent, SettingsApiKeyRotationCompletedEvent } from '../../src/events/api-key-events.js';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import { FakeClient } from '../support/fake-client.js';
import { allElements, drainMicrotasks, once, renderInProvider, shadowText } from '../support/render.js';
import { button, type } from '../support/dom.js';
import { apiKeyAnswers, testApiKey } from '../support/api-key-answers.js';
import type { SettingsChangeEvent } from '../../src/events/settings-change.js';

defineApiKeyRotation();

const day = 24 * 3600 * 1000;
const ago = (days: number) => new Date(Date.now() - days * day).toISOString();

/** A key as the server lists it (`testApiKey`, the prefix given). */
const apiKey = (overrides: Partial<ApiKey> & Pick<ApiKey, 'id' | 'name' | 'prefix'>): ApiKey => testApiKey(overrides);

const ci = apiKey({ id: 'k1', name: 'CI deploy', prefix: 'mock_key_aaaa', replacedByKeyId: 'k2' });
const replacement = apiKey({ id: 'k2', name: 'CI deploy', prefix: 'mock_key_bbbb', createdAt: ago(0.5), lastUsedAt: null, replacesKeyId: 'k1' });
const secret = 'mock_key_bbbbSECRETc0d2e4a6b8c0d1e2f3a4b5c6d7e8f9';
const page = (items: ApiKey[]): Page<ApiKey> => ({ items, nextCursor: null, total: items.length });

const session = createMockDb().sessionFor('org-admin');

async function loaded(items: ApiKey[]) {
  const fake = new FakeClient({ answers: apiKeyAnswers, session });
  const { element, provider } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client: fake.client });
  (await fake.nextCall('listApiKeys')).resolve(page(items));
  await element.taskComplete;
  const rotation = element.shadowRoot!.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation')!;
  const events: Event[] = [];
  for (const type of ['create', 'created', 'revoke', 'revoked', 'rotation-completed']) provider.addEventListener(`settings-api-key-${type}`, (e) => events.push(e));
  return { fake, element, rotation, events };
}

/**
 * The rotation asked for has opened: its code loaded (the panel imports it when first needed, and
 * its taskComplete waits for that) and its dialog rendered.
 */
async function opened(element: SettingsApiKeys, rotation: SettingsApiKeyRotation) {
  await element.taskComplete;
  await rotation.updateComplete;
}

const inRotation = (rotation: SettingsApiKeyRotation, selector: string) => rotation.shadowRoot!.querySelector<HTMLElement>(selector);
const stepHeading = (rotation: SettingsApiKeyRotation) => inRotation(rotation, 'h3')?.textContent?.trim();

/** "Confirm traffic" reads both keys back by id: answer the next two reads. */
const rereadsAnswered = new WeakMap<FakeClient, number>();
async function answerReread(fake: FakeClient, keys: ApiKey[]) {
  for (const key of keys) {
    const index = rereadsAnswered.get(fake) ?? 0;
    const call = await fake.nextCall('getApiKey', index);
    rereadsAnswered.set(fake, index + 1);
    expect(call.args[0]).to.equal(key.id);
    call.resolve(key);
  }
}

/** A radio or checkbox in the rotation, by its label's words. */
function choice(rotation: SettingsApiKeyRotation, label: string): HTMLInputElement {
  const found = [...rotation.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent.trim() === label);
  if (!found) throw new Error(`no choice "${label}"`);
  return found.querySelector('input')!;
}

/** The rotation's secret view (an element of its own, with its own render). */
const secretView = (rotation: SettingsApiKeyRotation) => rotation.shadowRoot!.querySelector('settings-api-key-secret')!;

/** Ticks "I have saved this secret" and presses Done: waits for the dialog's close and the view's render of it. */
async function acknowledgeSecret(rotation: SettingsApiKeyRotation) {
  const view = secretView(rotation);
  view.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
  await view.updateComplete;
  // The native close is a task of its own; the rotation moves focus to the step once it is reported.
  const closed = once(view.shadowRoot!.querySelector('settings-dialog')!, 'settings-dialog-closed');
  button(view, 'Done').click();
  await closed;
  await view.updateComplete;
}

/**
 * The panel's line saying how the rotation ended: written once the panel's own reload promise has
 * resolved, a few reactions after the loads its taskComplete waits for, and no promise of the panel
 * says when — so its reads, those reactions, then its render.
 */
async function reported(element: SettingsApiKeys) {
  await element.taskComplete;
  await drainMicrotasks();
  await element.updateComplete;
}

/** The rotation's dialog reported closed (the native close is a task of its own). */
const rotationClosed = (rotation: SettingsApiKeyRotation) => once(inRotation(rotation, 'settings-dialog')!, 'settings-dialog-closed');

/**
 * Where focus is: the focused element of the document, then of each shadow root down to the one
 * holding it — a button or heading by its name, any other element by its tag.
 */
function focusPath(): string[] {
  const path: string[] = [];
  for (let el = document.activeElement; el; el = el.shadowRoot?.activeElement ?? null) {
    path.push(el.getAttribute('aria-label') ?? (el instanceof HTMLButtonElement || el.localName === 'h3' ? el.textContent.trim() : el.localName));
  }
  return path;
}

describe('settings-api-keys rotation', () => {
  it('guides through all four steps, with the keyboard', async () => {
    const { fake, element, rotation, events } = await loaded([ci]);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Rotate CI deploy"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await opened(element, rotation);

    const dialog = inRotation(rotation, 'settings-dialog') as SettingsDialog;
    expect(dialog.heading).to.equal('Rotate “CI deploy”');
    expect(dialog.textContent).to.contain('Create a new key first, update all integrations, confirm successful traffic, then revoke the old key. This avoids downtime.');
    expect(stepHeading(rotation)).to.equal('Step 1 of 4: Create the replacement');
    expect(inRotation(rotation, '[aria-current=step]')!.textContent).to.equal('Create the replacement');
    expect(inRotation(rotation, '#key-name')).to.have.property('value', 'CI deploy');
    expect(rotation.shadowRoot!.activeElement === inRotation(rotation, '#key-name'), 'name field focused').to.equal(true);

    await sendKeys({ press: 'Enter' });
    const create = await fake.nextCall('createApiKey');
    expect(create.args[0]).to.deep.equal({ name: 'CI deploy', expiresInDays: 90, fullAccess: true, replacesKeyId: 'k1' });
    create.resolve({ apiKey: replacement, secret });
    (await fake.nextCall('listApiKeys', 1)).resolve(page([replacement, ci]));
    await rotation.taskComplete;
    await element.taskComplete;
    await secretView(rotation).updateComplete;

    expect(secretView(rotation).shadowRoot!.querySelector('code')!.textContent).to.equal(secret);
    await acknowledgeSecret(rotation);
    expect(allElements(document.body).some((el) => el.shadowRoot?.textContent?.includes(secret) || el.textContent?.includes(secret))).to.equal(false);
    expect(stepHeading(rotation)).to.equal('Step 2 of 4: Update integrations');
    expect(rotation.shadowRoot!.activeElement === inRotation(rotation, 'h3'), 'step heading focused').to.equal(true);
    expect(dialog.textContent).to.contain('mock_key_bbbb••••');

    button(rotation, 'Next').click();
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    expect(stepHeading(rotation)).to.equal('Step 3 of 4: Confirm traffic');
    expect(dialog.textContent).to.contain('Never used').and.to.contain('The new key has not been used yet.');

    button(rotation, 'Refresh').click();
    await rotation.updateComplete;
    expect(button(rotation, 'Refreshing…').getAttribute('aria-disabled')).to.equal('true');
    const used = { ...replacement, lastUsedAt: new Date().toISOString() };
    await answerReread(fake, [ci, used]);
    await rotation.taskComplete;
    expect(dialog.textContent).to.contain('The new key is receiving traffic.');

    button(rotation, 'Next').click();
    await rotation.updateComplete;
    expect(stepHeading(rotation)).to.equal('Step 4 of 4: Retire the old key');
    expect(dialog.textContent).to.contain('Requests using that key will fail immediately with authentication errors.');
    const revoke = button(rotation, 'Revoke old key');
    expect(revoke.getAttribute('aria-disabled')).to.equal('false');
    expect(revoke.classList.contains('primary')).to.equal(true);
    const closed = rotationClosed(rotation);
    revoke.click();
    const revokeCall = await fake.nextCall('revokeApiKey');
    expect(revokeCall.args[0]).to.equal('k1');
    revokeCall.resolve({ ...ci, status: 'revoked', revokedAt: new Date().toISOString() });
    (await fake.nextCall('listApiKeys', 2)).resolve(page([used]));
    await rotation.taskComplete;
    await closed;
    await rotation.updateComplete;
    await reported(element);

    expect(events.map((e) => e.type)).to.deep.equal([
      'settings-api-key-create',
      'settings-api-key-created',
      'settings-api-key-revoke',
      'settings-api-key-revoked',
      'settings-api-key-rotation-completed',
    ]);
    const completed = events.at(-1) as SettingsApiKeyRotationCompletedEvent;
    expect([completed.oldKey.status, completed.newKey.id, completed.newKey.lastUsedAt]).to.deep.equal(['revoked', 'k2', used.lastUsedAt]);
    expect(events.some((e) => JSON.stringify({ ...e }).includes(secret))).to.equal(false);
    // The audit records: the replacement created (pointing at the old key), the old key revoked.
    const created = (events[1] as SettingsApiKeyCreatedEvent).change;
    expect([created.action, created.target.id, created.changes['replacesKeyId']]).to.deep.equal(['api-key.created', 'k2', { before: null, after: 'k1' }]);
    expect(completed.change.action).to.equal('api-key.revoked');
    expect(completed.change.changes['status']).to.deep.equal({ before: 'active', after: 'revoked' });
    expect(inRotation(rotation, 'settings-dialog') === null, 'the rotation dialog is gone').to.equal(true);
    expect(element.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Rotation complete: “CI deploy” was revoked and “CI deploy” is in use.');
  });

  it("lays out the replacement's access as Create key does: one area per row, a gap between them", async () => {
    const { element, rotation } = await loaded([ci]);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Rotate CI deploy"]')!.click();
    await opened(element, rotation);
    rotation.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name=key-access]')[1]!.click();
    await rotation.updateComplete;
    const areas = getComputedStyle(inRotation(rotation, '.scope-areas')!);
    expect([areas.display, areas.rowGap]).to.deep.equal(['grid', '8px']);
  });

  it('needs an explicit "Revoke anyway" while the new key has no traffic', async () => {
    const { fake, element, rotation } = await loaded([replacement, ci]);
    button(element, 'Continue rotation').click();
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    button(rotation, 'Next').click();
    await rotation.updateComplete;
    expect(shadowText(rotation) + inRotation(rotation, 'settings-dialog')!.textContent).to.contain('integrations may still depend on the old key');
    // Without traffic, the old key is first offered a week's overlap rather than revocation.
    expect(choice(rotation, 'In 7 days').checked).to.equal(true);
    choice(rotation, 'Now: revoke it').click();
    await rotation.updateComplete;
    const revoke = button(rotation, 'Revoke old key');
    // Unavailable but focusable until "Revoke anyway" is ticked: pressing it revokes nothing.
    expect(revoke.getAttribute('aria-disabled')).to.equal('true');
    // Without traffic on the new key, revoking is the exception, not the dialog's main action.
    expect(revoke.classList.contains('primary')).to.equal(false);
    revoke.click();
    await rotation.updateComplete;
    expect(fake.callsTo('revokeApiKey')).to.have.length(0);
    await expect(element).to.be.accessible();
    const anyway = [...rotation.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Revoke anyway')!;
    anyway.querySelector('input')!.click();
    await rotation.updateComplete;
    expect(revoke.getAttribute('aria-disabled')).to.equal('false');
    revoke.click();
    (await fake.nextCall('revokeApiKey')).resolve({ ...ci, status: 'revoked' });
    // The rotation's write (the panel's list reload it starts stays unanswered).
    await rotation.taskComplete;
    expect(fake.callsTo('revokeApiKey')[0]!.args[0]).to.equal('k1');
  });

  it('ends with an overlap: the old key is scheduled to expire, and the completion event carries that change', async () => {
    const { fake, element, rotation, events } = await loaded([replacement, ci]);
    const audit: SettingsChangeEvent[] = [];
    element.addEventListener('settings-change', (e) => audit.push(e));
    button(element, 'Continue rotation').click();
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    button(rotation, 'Next').click();
    await rotation.updateComplete;
    choice(rotation, 'In 24 hours').click();
    await rotation.updateComplete;
    expect(inRotation(rotation, 'settings-dialog')!.textContent).to.contain('both keys work until then');
    const closed = rotationClosed(rotation);
    button(rotation, 'Schedule expiry').click();
    const call = await fake.nextCall('scheduleApiKeyExpiry');
    expect(call.args.slice(0, 2)).to.deep.equal(['k1', { inHours: 24 }]);
    const endsAt = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    call.resolve({ ...ci, expiresAt: endsAt, rotationEndsAt: endsAt });
    // The rotation's write, its dialog's close and its render (the panel's list reload stays unanswered).
    await rotation.taskComplete;
    await closed;
    await rotation.updateComplete;
    expect(fake.callsTo('revokeApiKey')).to.have.length(0);
    const completed = events.find((e) => e.type === 'settings-api-key-rotation-completed') as SettingsApiKeyRotationCompletedEvent;
    expect(completed.oldKey.rotationEndsAt).to.equal(endsAt);
    expect(completed.change.action).to.equal('api-key.expiry-scheduled');
    expect(completed.change.changes).to.deep.equal({ expiresAt: { before: null, after: endsAt }, rotationEndsAt: { before: null, after: endsAt } });
    expect(audit.map((e) => e.change.action)).to.deep.equal(['api-key.expiry-scheduled']);
    expect(inRotation(rotation, 'settings-dialog') === null, 'the rotation dialog is gone').to.equal(true);
  });

  it('resumes from the data: a key replaced by an active key says so and continues at "Confirm traffic"', async () => {
    const { fake, element, rotation } = await loaded([replacement, ci]);
    const rows = [...element.shadowRoot!.querySelectorAll('[part=row]')];
    expect(rows[0]!.textContent).to.contain('Replaces “CI deploy”');
    expect(rows[1]!.textContent).to.contain('Rotation in progress');
    const resume = button(element, 'Continue rotation');
    resume.focus();
    resume.click();
    await opened(element, rotation);
    expect(stepHeading(rotation)).to.equal('Step 3 of 4: Confirm traffic');
    expect(inRotation(rotation, '[aria-busy=true]')).to.not.equal(null);
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    expect(inRotation(rotation, 'dl')!.textContent.replace(/\s+/g, ' ')).to.contain('New key “CI deploy” Never used').and.to.contain('Old key “CI deploy” yesterday');
    // Leaving is allowed: the pairing stays in the data.
    const closed = rotationClosed(rotation);
    button(rotation, 'Finish later').click();
    await closed;
    await rotation.updateComplete;
    expect(inRotation(rotation, 'settings-dialog') === null, 'the rotation dialog is gone').to.equal(true);
    // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
    expect(element.shadowRoot!.activeElement === resume, 'focus back on Continue rotation').to.equal(true);
    expect(fake.callsTo('createApiKey')).to.have.length(0);
  });

  it('returns focus to the row\'s Continue rotation after Finish later (it landed on the page in WebKit)', async () => {
    const { fake, element, rotation } = await loaded([replacement, ci]);
    const resume = button(element, 'Continue rotation');
    resume.focus();
    const opener = focusPath();
    expect(opener).to.deep.equal(['settings-api-keys', 'Continue rotation of CI deploy']);
    await sendKeys({ press: 'Enter' });
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    // The resumed rotation puts the keyboard user at its step, inside the open dialog.
    expect(focusPath()).to.deep.equal(['settings-api-keys', 'settings-api-key-rotation', 'Step 3 of 4: Confirm traffic']);
    const closed = rotationClosed(rotation);
    button(rotation, 'Finish later').focus();
    await sendKeys({ press: 'Enter' });
    await closed;
    await rotation.updateComplete;
    expect(focusPath()).to.deep.equal(opener);
    // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
    expect(element.shadowRoot!.activeElement === resume, 'focus back on the button that opened it').to.equal(true);
  });

  it('keeps focus on Refresh while both keys are read again', async () => {
    const { fake, element, rotation } = await loaded([replacement, ci]);
    button(element, 'Continue rotation').click();
    await answerReread(fake, [ci, replacement]);
    await rotation.taskComplete;
    const refresh = button(rotation, 'Refresh');
    refresh.focus();
    await sendKeys({ press: 'Enter' });
    await rotation.updateComplete;
    expect(refresh.textContent.trim()).to.equal('Refreshing…');
    expect([refresh.disabled, refresh.getAttribute('aria-disabled'), refresh.getAttribute('aria-busy')]).to.deep.equal([false, 'true', 'true']);
    // Comparing elements by identity: chai would try to print whole DOM nodes on a mismatch.
    expect(rotation.shadowRoot!.activeElement === refresh, 'Refresh keeps focus').to.equal(true);
    // Pressed again meanwhile: the read in flight is not started over.
    await sendKeys({ press: 'Enter' });
    await rotation.updateComplete;
    // The first read of both keys, and this one's two reads.
    expect(fake.callsTo('getApiKey')).to.have.length(4);
    const used = { ...replacement, lastUsedAt: new Date().toISOString() };
    await answerReread(fake, [ci, used]);
    await rotation.taskComplete;
    expect(inRotation(rotation, 'settings-dialog')!.textContent).to.contain('The new key is receiving traffic.');
    expect(refresh.getAttribute('aria-disabled')).to.equal('false');
    expect(rotation.shadowRoot!.activeElement === refresh, 'still on Refresh with the keys read').to.equal(true);
  });

  it('keeps focus on Finish later while the old key is revoked', async () => {
    const used = { ...replacement, lastUsedAt: new Date().toISOString() };
    const { fake, element, rotation } = await loaded([used, ci]);
    button(element, 'Continue rotation').click();
    await answerReread(fake, [ci, used]);
    await rotation.taskComplete;
    button(rotation, 'Next').click();
    await rotation.updateComplete;
    const later = button(rotation, 'Finish later');
    later.focus();
    button(rotation, 'Revoke old key').click();
    const revoke = await fake.nextCall('revokeApiKey');
    await rotation.updateComplete;
    const back = button(rotation, 'Back');
    for (const b of [later, back, button(rotation, 'Revoking…')]) expect([b.disabled, b.getAttribute('aria-disabled')]).to.deep.equal([false, 'true']);
    expect(rotation.shadowRoot!.activeElement === later, 'Finish later keeps focus').to.equal(true);
    later.click();
    back.click();
    await rotation.updateComplete;
    expect(stepHeading(rotation)).to.equal('Step 4 of 4: Retire the old key');
    expect((inRotation(rotation, 'settings-dialog') as SettingsDialog).open).to.equal(true);
    revoke.reject(new SettingsApiError({ status: 409, code: 'already_revoked', message: 'CI deploy was already revoked.' }));
    await rotation.taskComplete;
    expect(inRotation(rotation, '[role=alert]')!.textContent).to.contain('This key was already revoked.');
    // The old key is not where the list showed it: the panel reads its list again.
    expect(fake.callsTo('listApiKeys')).to.have.length(2);
    expect(later.getAttribute('aria-disabled')).to.equal('false');
    expect(rotation.shadowRoot!.activeElement === later, 'still on Finish later after the failure').to.equal(true);
  });

  it('keeps the replacement form when its creation fails', async () => {
    const { fake, element, rotation } = await loaded([ci]);
    button(element, 'Rotate').click();
    await opened(element, rotation);
    const name = inRotation(rotation, '#key-name') as HTMLInputElement;
    type(name, 'CI deploy v2');
    inRotation(rotation, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    (await fake.nextCall('createApiKey')).reject(new Error('Failed to fetch'));
    await rotation.taskComplete;
    expect(inRotation(rotation, '[role=alert]')!.textContent).to.contain('The server could not be reached');
    expect(name.value).to.equal('CI deploy v2');
    expect(stepHeading(rotation)).to.equal('Step 1 of 4: Create the replacement');
  });

  it('rotates against the mock server: traffic shows after Refresh, then the old key is revoked', async () => {
    let now = Date.parse('2025-06-02T09:00:00Z');
    const db = createMockDb({ now: () => new Date(now) });
    const client = createMockClient({ persona: 'owner', db });
    const { element } = await renderInProvider<SettingsApiKeys>(html`<settings-api-keys></settings-api-keys>`, { client });
    await element.taskComplete;
    expect(shadowText(element), 'keys loaded').to.include('Production API');
    const rotation = element.shadowRoot!.querySelector<SettingsApiKeyRotation>('settings-api-key-rotation')!;
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Rotate Production API"]')!.click();
    await opened(element, rotation);

    inRotation(rotation, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    await rotation.taskComplete;
    await secretView(rotation).updateComplete;
    expect(secretView(rotation).shadowRoot!.querySelector('code'), 'the secret is shown').to.not.equal(null);
    const shown = secretView(rotation).shadowRoot!.querySelector('code')!.textContent;
    expect(shown).to.match(/^mock_key_\w{40}$/);
    await acknowledgeSecret(rotation);
    button(rotation, 'Next').click();
    await rotation.taskComplete;
    expect(inRotation(rotation, 'dl'), 'keys read back').to.not.equal(null);
    expect(inRotation(rotation, 'dl')!.textContent).to.contain('Never used');

    const newKey = (await client.listApiKeys({ q: 'Production API', status: 'active' })).items.find((k) => k.replacesKeyId !== null)!;
    now += 60_000;
    expect(db.recordApiKeyUse(newKey.id)).to.equal(true);
    button(rotation, 'Refresh').click();
    await rotation.taskComplete;
    expect(inRotation(rotation, 'settings-dialog')!.textContent, 'traffic shows').to.include('receiving traffic');
    button(rotation, 'Next').click();
    await rotation.updateComplete;
    button(rotation, 'Revoke old key').click();
    // The revocation, then the panel's reload and its line about the rotation.
    await rotation.taskComplete;
    await reported(element);
    expect(shadowText(element), 'rotation completed').to.include('Rotation complete');
    const active = (await client.listApiKeys({ q: 'Production API', status: 'active' })).items;
    expect(active.map((k) => k.id)).to.deep.equal([newKey.id]);
    expect(allElements(document.body).some((el) => el.shadowRoot?.textContent?.includes(shown))).to.equal(false);
  });

  it('drops a secret on display when the panel leaves the page', async () => {
    const { fake, element, rotation } = await loaded([ci]);
    button(element, 'Rotate').click();
    await opened(element, rotation);
    inRotation(rotation, 'form')!.dispatchEvent(new SubmitEvent('submit', { cancelable: true }));
    (await fake.nextCall('createApiKey')).resolve({ apiKey: replacement, secret });
    // The rotation's write and the secret view's render (the panel's list reload stays unanswered).
    await rotation.taskComplete;
    const view = secretView(rotation);
    await view.updateComplete;
    expect(view.shadowRoot!.textContent).to.contain(secret);
    element.remove();
    await view.updateComplete;
    expect((view as unknown as { secret: unknown }).secret).to.equal(null);
    expect(view.shadowRoot!.textContent).not.to.contain(secret);
  });
});
