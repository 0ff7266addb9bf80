import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMockDb } from '../../mocks/db.js';
import { createMockClient } from '../../mocks/mock-fetch.js';
import type { PersonaId } from '../../mocks/personas.js';
import '../../src/define/settings-membership.js';
import { FakeClient } from '../support/fake-client.js';
import { describePanelBaseline } from '../support/panel-baseline.js';
import { renderInProvider, shadowText } from '../support/render.js';
import type { SettingsPanel } from '../../src/kit/settings-panel.js';
import { typeText } from '../support/keyboard.js';

const db = createMockDb({ now: new Date('2025-06-02T09:00:00Z') });

/** The panel as a persona, its memberships answered from the mock db through a FakeClient. */
async function loadedAs(persona: PersonaId) {
  const fake = new FakeClient({ session: db.sessionFor(persona) });
  const { element } = await renderInProvider<SettingsPanel>(html`<settings-membership></settings-membership>`, { client: fake.client });
  (await fake.nextCall('getMemberships')).resolve(db.actingAs(persona).getMemberships());
  await element.taskComplete;
  return { element, root: element.shadowRoot! };
}

/** Each company row as "company | role | granted through". */
const rows = (root: ShadowRoot) =>
  Array.from(root.querySelectorAll('[part=row]')).map((row) =>
    Array.from(row.children)
      .map((cell) => cell.textContent.trim())
      .join(' | '),
  );

/** The organization summary as "term: description". */
const organization = (root: ShadowRoot) =>
  Array.from(root.querySelectorAll('[part=organization] dt')).map((dt) => `${dt.textContent.trim()}: ${dt.nextElementSibling!.textContent.trim()}`);

describe('settings-membership', () => {
  describePanelBaseline({
    tag: 'settings-membership',
    manageSession: db.sessionFor('owner'),
    firstLoad: 'getMemberships',
    firstLoadValue: db.actingAs('owner').getMemberships(),
    writeControls: 'button, input',
  });

  it('shows the Owner’s organization with access to all companies, and each company granted by the admin team', async () => {
    const { root } = await loadedAs('owner');
    expect(organization(root)).to.deep.equal(['Name: Northwind Traders', 'Your role: Owner', 'Company access: All companies']);
    expect(rows(root)).to.deep.equal([
      'Northwind Retail | Admin | Organization admin team',
      'Northwind Logistics | Admin | Organization admin team',
      'Northwind Health | Admin | Organization admin team',
    ]);
    // Read-only, and a short list needs no filter.
    expect(root.querySelectorAll('button, input')).to.have.length(0);
  });

  it('names the specific companies of an organization Admin', async () => {
    const { root } = await loadedAs('org-admin');
    expect(organization(root)).to.include('Company access: Northwind Retail and Northwind Logistics');
  });

  it('tells a company-only member why there is no organization and whom to ask', async () => {
    const { root, element } = await loadedAs('company-viewer');
    expect(root.querySelector('[part=organization]')!.textContent).to.contain(
      'The Organization section is only visible to users who belong to an organization. Contact an organization admin to be added.',
    );
    expect(root.querySelector('[part=organization] dl')).to.equal(null);
    expect(rows(root)).to.deep.equal(['Northwind Retail | Viewer | Company membership', 'Northwind Health | Viewer | Company membership']);
    await expect(element).to.be.accessible();
  });

  it('says what to do when the user has no company membership', async () => {
    const { root } = await loadedAs('billing-manager');
    expect(organization(root)).to.include('Company access: No companies');
    expect(root.querySelector('[part~=empty]')!.textContent).to.contain('You are not a member of any company yet.');
    expect(root.querySelector('table')).to.equal(null);
  });

  describe('with 200 companies (large-org)', () => {
    it('shows the first rows with a count, a filter and Show all', async () => {
      const { root, element } = await loadedAs('large-org');
      expect(rows(root)).to.have.length(20);
      expect(root.querySelector('[role=status]')!.textContent.trim()).to.equal('Showing 20 of 200.');
      const showAll = root.querySelector<HTMLButtonElement>('.show-all')!;
      expect(showAll.textContent.trim()).to.equal('Show all 200');
      showAll.focus();
      await sendKeys({ press: 'Enter' });
      // The rows render; the panel moves focus once they have (its handler awaited the same render).
      await element.updateComplete;
      expect(rows(root)).to.have.length(200);
      expect(root.querySelector('.show-all')).to.equal(null);
      // Focus goes on to the first revealed row instead of being lost with the button.
      expect(root.activeElement).to.equal(root.querySelectorAll('[part=row] th')[20]);
    });

    it('filters the companies by name as the user types', async () => {
      const { root, element } = await loadedAs('large-org');
      root.querySelector<HTMLInputElement>('#filter')!.focus();
      await sendKeys({ type: 'argentina' });
      await element.updateComplete;
      const found = rows(root);
      expect(found.length).to.be.greaterThan(0);
      expect(found.every((row) => row.startsWith('Globex Argentina'))).to.equal(true);
      expect(root.querySelector('[role=status]')!.textContent).to.contain(`Showing ${found.length} of 200.`);

      await typeText(' nowhere');
      await element.updateComplete;
      expect(rows(root)).to.have.length(0);
      expect(root.querySelector('[role=status]')!.textContent).to.contain('No company matches “argentina nowhere”.');
    });
  });

  it('lists the memberships the mock server reports (sso-user)', async () => {
    const { element } = await renderInProvider<SettingsPanel>(html`<settings-membership></settings-membership>`, {
      client: createMockClient({ persona: 'sso-user', db: createMockDb() }),
    });
    await element.taskComplete;
    expect(rows(element.shadowRoot!)).to.deep.equal(['Northwind Logistics | Editor | Company membership']);
    expect(shadowText(element)).to.contain('Contact an organization admin to be added.');
  });
});
