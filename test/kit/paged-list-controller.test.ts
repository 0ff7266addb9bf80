import { expect, html } from '@open-wc/testing';
import type { AdminTeamMember, ListQuery, Page } from '../../src/api/types.js';
import { SettingsPanel } from '../../src/kit/settings-panel.js';
import { renderPagedList } from '../../src/kit/views/paged-list-view.js';
import { button, findButton } from '../support/dom.js';
import { FakeClient } from '../support/fake-client.js';
import { renderInProvider } from '../support/render.js';
import { testSession } from '../support/sessions.js';

/** A minimal admin-team list on the paged list controller. */
class TestTeamList extends SettingsPanel {
  /** How the list tells rows apart; by their id unless a subclass says otherwise. */
  static key: ((member: AdminTeamMember) => unknown) | undefined;
  protected readonly sectionId = 'organization/admin-team' as const;
  /** Another input of the list (a filter the load ignores): changing it changes the list's args. */
  filter = '';
  team = this.section.pagedList({
    args: (settings) => [settings.client, this.filter] as const,
    load: ([client], query, signal) => client.listAdminTeam(query, { signal }),
    pageSize: 2,
    key: (this.constructor as typeof TestTeamList).key,
  });
  protected renderPanel() {
    const list = this.team;
    return renderPagedList(list, {
      rows: (items) => html`<ul>
        ${items.map((m) => html`<li>${m.email}</li>`)}
      </ul>`,
      empty: () => 'No one yet.',
      count: `Showing ${list.items.length} of ${list.total}`,
      more: 'Show more',
      loadingMore: 'Loading more…',
    });
  }
}
customElements.define('test-team-list', TestTeamList);

/** The same list keyed by email: its test rows all share one id. */
class TestTeamByEmail extends TestTeamList {
  static override key = (member: AdminTeamMember) => member.email;
}
customElements.define('test-team-by-email', TestTeamByEmail);

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

async function renderList(template = html`<test-team-list></test-team-list>`) {
  const fake = new FakeClient({ session: orgSession });
  const { element } = await renderInProvider<TestTeamList>(template, { client: fake.client });
  const rows = () => [...element.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
  /** What the list's `more` part says: the count, then Show more or why there is no more. */
  const more = () => element.shadowRoot!.querySelector('[part=more]')!.textContent.replace(/\s+/g, ' ').trim();
  /** Answers call `n` of the list with a page, and waits until it is on screen. */
  const answer = async (n: number, emails: string[], nextCursor: string | null, total = 6) => {
    const call = await fake.nextCall('listAdminTeam', n);
    call.resolve(pageOf(emails, nextCursor, total));
    await element.taskComplete;
    return call.args[0] as ListQuery;
  };
  /** Show more, as the user clicks it. */
  const showMore = () => button(element, 'Show more').click();
  return { fake, element, rows, more, answer, showMore };
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
    // Typing paused: the search goes out once its debounce ends (waited for, not timed: on a busy
    // machine the page's timers run late), and it is the only one.
    await fake.nextCall('listAdminTeam', 1);
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

  it('sends no second request on flush when the search for the same text is already out (Enter after the debounce)', async () => {
    const { fake, element, rows } = await renderList();
    (await fake.nextCall('listAdminTeam')).resolve(pageOf([], null, 0));
    element.team.search('grace');
    const searched = await fake.nextCall('listAdminTeam', 1); // typing paused: the search went out
    element.team.flushSearch(); // Enter, while it is on its way
    expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    expect(searched.signal?.aborted, 'the search out is kept').to.equal(false);
    searched.resolve(pageOf(['grace@x.com'], null, 1));
    await element.taskComplete;
    expect(rows()).to.deep.equal(['grace@x.com']);
  });

  describe('a server whose paging repeats itself', () => {
    const stopped = (count: number) => `The server sent the same rows again, so the list stops at ${count} rows.`;

    it('stops at a next cursor it has already followed, keeping the rows it has', async () => {
      const { fake, element, rows, answer, showMore } = await renderList();
      await answer(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      expect(await answer(1, ['c@x.com', 'd@x.com'], 'c2')).to.deep.equal({ limit: 2, cursor: 'c2' });
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com']);
      expect(element.team.hasMore).to.equal(false);
      expect(findButton(element, 'Show more')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part=more] [role=alert]')!.textContent.trim()).to.equal(stopped(4));
      await element.team.loadMore();
      expect(fake.callsTo('listAdminTeam')).to.have.length(2);
    });

    it('stops at a cursor followed before, however many pages ago', async () => {
      const { rows, more, answer, showMore } = await renderList();
      await answer(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      await answer(1, ['c@x.com', 'd@x.com'], 'c3');
      showMore();
      await answer(2, ['e@x.com'], 'c2');
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com', 'd@x.com', 'e@x.com']);
      expect(more()).to.equal(`Showing 5 of 6 ${stopped(5)}`);
    });

    it('stops at a page that only repeats rows already shown', async () => {
      const { element, rows, more, answer, showMore } = await renderList();
      await answer(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      await answer(1, ['b@x.com', 'a@x.com'], 'c3');
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com']);
      expect(element.team.hasMore).to.equal(false);
      expect(more()).to.equal(`Showing 2 of 6 ${stopped(2)}`);
    });

    it('appends only the new rows of a page that repeats some, and goes on', async () => {
      const { element, rows, more, answer, showMore } = await renderList();
      await answer(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      await answer(1, ['b@x.com', 'c@x.com'], 'c3');
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(element.team.hasMore).to.equal(true);
      expect(more()).to.equal('Showing 3 of 6 Show more');
    });

    it('tells rows apart by the key it is given', async () => {
      const { fake, rows, more, showMore, element } = await renderList(html`<test-team-by-email></test-team-by-email>`);
      // Rows that all share one id: only the panel's key (the email) tells them apart.
      const sameId = async (n: number, emails: string[], nextCursor: string) => {
        const page = pageOf(emails, nextCursor, 6);
        (await fake.nextCall('listAdminTeam', n)).resolve({ ...page, items: page.items.map((m) => ({ ...m, id: 'same' })) });
        await element.taskComplete;
      };
      await sameId(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      await sameId(1, ['c@x.com', 'a@x.com'], 'c3');
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(more()).to.equal('Showing 3 of 6 Show more');
    });

    it('starts afresh on a reload, a new search and new args', async () => {
      const { element, rows, more, answer, showMore } = await renderList();
      await answer(0, ['a@x.com', 'b@x.com'], 'c2');
      showMore();
      await answer(1, ['a@x.com'], 'c2');
      expect(more()).to.equal(`Showing 2 of 6 ${stopped(2)}`);

      void element.team.reload();
      await answer(2, ['a@x.com', 'b@x.com'], 'c2');
      expect(more()).to.equal('Showing 2 of 6 Show more');
      showMore();
      expect(await answer(3, ['c@x.com'], 'c2'), 'the cursor may be followed again').to.deep.equal({ limit: 2, cursor: 'c2' });
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(more()).to.equal(`Showing 3 of 6 ${stopped(3)}`);

      element.team.search('x');
      element.team.flushSearch();
      await answer(4, ['a@x.com', 'b@x.com'], 'c2');
      expect(more()).to.equal('Showing 2 of 6 Show more');
      showMore();
      await answer(5, ['a@x.com', 'b@x.com'], 'c9');
      expect(more()).to.equal(`Showing 2 of 6 ${stopped(2)}`);

      element.filter = 'owners';
      element.requestUpdate();
      await answer(6, ['a@x.com', 'b@x.com'], 'c2');
      expect(more()).to.equal('Showing 2 of 6 Show more');
      showMore();
      expect(await answer(7, ['c@x.com'], null)).to.deep.equal({ limit: 2, q: 'x', cursor: 'c2' });
      expect(rows()).to.deep.equal(['a@x.com', 'b@x.com', 'c@x.com']);
      expect(more()).to.equal('Showing 3 of 6');
    });
  });

  describe('taken off the page while its first page loads (the shell keeps a panel while the user is elsewhere)', () => {
    it('aborts the request and sends no other until it is back, then loads once', async () => {
      const { fake, element } = await renderList();
      const first = await fake.nextCall('listAdminTeam', 0);
      const parent = element.parentNode!;
      element.remove();
      expect(first.signal?.aborted).to.be.true;
      await wait(50); // the aborted request settles
      element.requestUpdate(); // as a write's answer arriving meanwhile does
      await wait(50);
      expect(fake.callsTo('listAdminTeam')).to.have.length(1);
      parent.append(element);
      const again = await fake.nextCall('listAdminTeam', 1);
      again.resolve(pageOf(['a@x.com'], null, 1));
      await element.taskComplete;
      expect(fake.callsTo('listAdminTeam')).to.have.length(2);
      expect(element.shadowRoot!.querySelector('li')?.textContent).to.equal('a@x.com');
    });
  });

  it('never shows a total smaller than the rows it shows', async () => {
    const { element, more, answer } = await renderList();
    await answer(0, ['a@x.com', 'b@x.com'], null, 0);
    expect(element.team.total).to.equal(2);
    expect(more()).to.equal('Showing 2 of 2');
  });
});
