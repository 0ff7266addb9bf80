import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import { createMockDb, type MockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';
import { renderInProvider } from '../support/render.js';
import { button, type } from '../support/dom.js';
import { corpusEntries } from './corpus.js';
import { chooseFullAccess } from '../support/api-key-answers.js';
import { keyDialogs } from '../support/api-key-dialogs.js';

/**
 * Issue 8, hostile input, what the user types: each corpus value goes into the fields of the
 * profile, Add site and Create key, and is sent to the mock server with its real rules. Either the
 * server stores exactly what was typed and the panel shows it as text, or the server refuses it
 * (too long: 422) and the message is beside the field with the typed value still in it. Nothing runs.
 */

const maxText = 100; // the mock server's limit for names and addresses

/** The field's own error (named by its aria-describedby), once the server answered. */
function fieldError(root: ShadowRoot, input: HTMLInputElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
}

async function renderAs(db: MockDb, tag: ReturnType<typeof html>) {
  const { element } = await renderInProvider<SettingsPanel>(tag, { client: createMockClient({ persona: 'owner', db }) });
  await element.taskComplete;
  expect(element.shadowRoot!.querySelector('form, table, [part~=empty]'), 'the panel loads').to.not.equal(null);
  return { element, root: element.shadowRoot! };
}

describe('hostile input: what the user types', () => {
  afterEach(() => delete window.__pwned);

  for (const [kind, text] of corpusEntries) {
    const fits = text.length <= maxText;

    it(`profile: ${kind} is ${fits ? 'saved exactly' : 'refused beside the field and kept'}`, async () => {
      const db = createMockDb();
      const { element, root } = await renderAs(db, html`<settings-profile></settings-profile>`);
      const jobTitle = root.querySelector<HTMLInputElement>('#jobTitle')!;
      type(jobTitle, text);
      await element.updateComplete;
      button(root, 'Save').click();
      // The server's answer, rendered.
      await element.taskComplete;
      expect(window.__pwned).to.equal(undefined);
      if (fits) {
        expect(db.actingAs('owner').getProfile().jobTitle).to.equal(text);
        expect(root.querySelector<HTMLInputElement>('#jobTitle')!.value).to.equal(text);
      } else {
        expect(fieldError(root, jobTitle)).to.contain(`at most ${maxText} characters`);
        expect(jobTitle.value, 'what was typed is kept').to.equal(text);
        expect(db.actingAs('owner').getProfile().jobTitle).not.to.equal(text);
      }
    });

    it(`Add site: ${kind} is ${fits ? 'saved exactly' : 'refused beside the field and kept'}`, async () => {
      const db = createMockDb();
      const { element, root } = await renderAs(db, html`<settings-sites></settings-sites>`);
      button(root, 'Add site').click();
      await element.updateComplete;
      const name = root.querySelector<HTMLInputElement>('#site-name')!;
      type(name, text);
      type(root.querySelector<HTMLInputElement>('#site-address')!, text);
      type(root.querySelector<HTMLInputElement>('#site-timeZone')!, 'Europe/Paris');
      await element.updateComplete;
      root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      const company = db.sessionFor('owner').companies[0]!.id;
      const stored = () => db.actingAs('owner').listSites(company, { q: text.slice(0, 50), status: 'all' }).items.filter((s) => s.name === text);
      await element.taskComplete;
      expect(window.__pwned).to.equal(undefined);
      if (fits) {
        expect(stored()).to.have.length(1);
        expect(stored()[0]!.address).to.equal(text);
      } else {
        expect(fieldError(root, name)).to.contain(`at most ${maxText} characters`);
        expect(name.value).to.equal(text);
      }
    });

    it(`Create key: ${kind} as the name is ${fits ? 'saved exactly' : 'refused beside the field and kept'}`, async () => {
      const db = createMockDb();
      const { element, root: panel } = await renderAs(db, html`<settings-api-keys></settings-api-keys>`);
      button(panel, 'Create key').click();
      // The dialogs' code arrives on that first click.
      await element.taskComplete;
      const root = keyDialogs(panel);
      const name = root.querySelector<HTMLInputElement>('#key-name')!;
      type(name, text);
      chooseFullAccess(root);
      await element.updateComplete;
      root.querySelector<HTMLFormElement>('form#create')!.requestSubmit();
      const stored = () => db.actingAs('owner').listApiKeys({ status: 'all', limit: 100 }).items.filter((k) => k.name === text);
      await element.taskComplete;
      expect(window.__pwned).to.equal(undefined);
      if (fits) expect(stored()).to.have.length(1);
      else {
        expect(fieldError(root, name)).to.contain(`at most ${maxText} characters`);
        expect(name.value).to.equal(text);
      }
    });
  }
});
