import { expect, html } from '@open-wc/testing';
import type { AdminTeamMember, ListQuery, Page } from '../../src/api/types.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider } from '../support/render.js';
import { testSession } from '../support/sessions.js';

/** A minimal admin-team list on the paged list controller. */
class TestTeamList extends SettingsPanel {
  protected readonly sectionId = 'organization/admin-team' as const;
  team = this.section.pagedList({
    args: (settings) => [settings.client] as const,
    load: ([client], query, signal) => client.listAdminTeam(query, { signal }),
    pageSize: 2,
  });
  protected renderPanel() {
    return html`<ul>
      ${this.team.items.map((m) => html`<li>${m.email}</li>`)}
    </ul>`;
  }
}
customElements.define('test-team-list', TestTeamList);

const member = (email: string): AdminTeamMember => ({
  id: email,
  userId: null,
  lastOwner: false,
  name: null,
  email,
  role: { id: 'admin', name: 'Admin' },
  companyAccess: 'all',
  status: 'active',
  invitedAt: null,
  invitationExpiresAt: null,
});
const pageOf = (emails: string[], nextCursor: string | null, total: number): Page<AdminTeamMember> => ({ items: emails.map(member), nextCursor, total });
const orgSession = testSession({
  organization: { id: 'o', name: 'Org', role: { id: 'owner', name: 'Owner' }, permissions: ['org.admin-team.view'], companyAccess: 'all', grantableRoles: [] },
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function renderList() {
  const fake = new FakeClient({ session: orgSession });
  const { element } = await renderInProvider<TestTeamList>(html`<test-team-list></test-team-list>`, { client: fake.client });
  const rows = () => [...element.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
  return { fake, element, rows };
}

describe('PagedListController', () => {
  it('loads the first page, then appends the next one', async () => {
    const { fake, element, rows } = await renderList();
    const first = await fake.nextCall('listAdminTeam');
    expect(first.args[0]).to.deep.equal({ limit: 2 });
    first.resolve(pageOf(['a@x.com', 'b@x.com'], 'c2', 3));
    await element.taskComplete;
    expect(element.team.hasMore).to.equal(true);
    void element.team.loadMore();
    const second = await fake.nextCall('listAdminTeam', 1);
    expect(second.args[0]).to.deep.equal({ limit: 2, cursor: 'c2' });
    second.resolve(pageOf(['c@x.com'], null, 3));
    await element.taskComplete;
    expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com']);
    expect(element.team.hasMore).to.equal(false);
  });

  it('sends one debounced search to the server once typing pauses, and aborts the previous request', async () => {
    const { fake, element, rows } = await renderList();
    const first = await fake.nextCall('listAdminTeam');
    element.team.search('a');
    element.team.search('ad');
    element.team.search('ada');
    expect(fake.callsTo('listAdminTeam')).to.have.length(1);
    await wait(300);
    const searched = fake.callsTo('listAdminTeam');
    expect(searched).to.have.length(2);
    expect((searched[1]!.args[0] as ListQuery).q).to.equal('ada');
    expect(first.signal?.aborted).to.equal(true);
    first.resolve(pageOf(['late@x.com'], null, 1));
    searched[1]!.resolve(pageOf(['ada@x.com'], null, 1));
    await element.taskComplete;
    expect(rows()).to.deep.equal(['ada@x.com']);
    expect(element.team.searched).to.equal('ada');
  });

  it('runs a pending search at once on flush', async () => {
    const { fake, element } = await renderList();
    (await fake.nextCall('listAdminTeam')).resolve(pageOf([], null, 0));
    element.team.search('grace');
    element.team.flushSearch();
    expect(((await fake.nextCall('listAdminTeam', 1)).args[0] as ListQuery).q).to.equal('grace');
  });
});
