import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SettingsApiError } from '../../src/api/errors.js';
import type { PagedListState } from '../../src/kit/paged-list-controller.js';
import { renderDialogActions, type DialogActionsOptions } from '../../src/kit/views/dialog.js';
import { renderField, renderFieldset, renderStatusLine, type FieldWiring } from '../../src/kit/views/form.js';
import { renderListSearch, renderListTable, renderPagedList, renderTableSkeleton } from '../../src/kit/views/paged-list-view.js';
import { renderSkeleton } from '../../src/kit/views/skeleton.js';

/** Renders `template` into a fresh container (light DOM: the views are plain templates). */
async function mount(template: TemplateResult): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>${template}</div>`);
}

/** A text input wired the way every panel wires its controls. */
const input = () => (wiring: FieldWiring) =>
  html`<input id=${wiring.id} aria-invalid=${wiring.invalid} aria-describedby=${ifDefined(wiring.describedBy)} />`;

describe('kit views', () => {
  describe('renderField', () => {
    it('labels the control and describes it by its hint and its error, one id convention', async () => {
      const root = await mount(renderField({ id: 'site-name', label: 'Name', hint: 'As your team calls it.', error: 'Enter a name.' }, input()));
      const control = root.querySelector('input')!;
      expect(root.querySelector('label')!.htmlFor).to.equal('site-name');
      expect(control.getAttribute('aria-invalid')).to.equal('true');
      expect(control.getAttribute('aria-describedby')).to.equal('site-name-hint site-name-error');
      expect(root.querySelector('#site-name-hint')!.textContent).to.equal('As your team calls it.');
      expect(root.querySelector('#site-name-error')!.textContent).to.equal('Enter a name.');
      await expect(root).to.be.accessible();
    });

    it('is valid and described by its hint alone without an error, and by nothing without either', async () => {
      const hinted = await mount(renderField({ id: 'a', label: 'A', hint: 'Hint' }, input()));
      expect(hinted.querySelector('input')!.getAttribute('aria-invalid')).to.equal('false');
      expect(hinted.querySelector('input')!.getAttribute('aria-describedby')).to.equal('a-hint');
      const plain = await mount(renderField({ id: 'b', label: 'B' }, input()));
      expect(plain.querySelector('input')!.hasAttribute('aria-describedby')).to.equal(false);
      expect(plain.querySelector('.field-error, .hint')).to.equal(null);
    });

    it('describes a group of choices by the same convention on its fieldset', async () => {
      const root = await mount(
        renderFieldset({ id: 'theme', legend: 'Theme', error: 'Pick one.' }, html`<label><input type="radio" name="theme" /> Dark</label>`),
      );
      expect(root.querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('theme-error');
      expect(root.querySelector('legend')!.textContent).to.equal('Theme');
      await expect(root).to.be.accessible();
    });
  });

  describe('renderDialogActions', () => {
    const draw = (container: HTMLElement, options: Partial<DialogActionsOptions> & { pending: boolean; error?: SettingsApiError }, calls: string[]) =>
      render(
        html`<form id="f" @submit=${(e: Event) => (e.preventDefault(), calls.push('submit'))}></form>
          ${renderDialogActions({
            write: { pending: options.pending, error: options.error },
            dismiss: { label: 'Cancel', onClick: () => calls.push('dismiss') },
            confirm: options.confirm ?? { label: 'Add site', pendingLabel: 'Adding…', form: 'f' },
          })}`,
        container,
      );
    const buttons = (container: HTMLElement) => Array.from(container.querySelectorAll('button'));

    it('keeps both buttons focusable while the write runs, and a click then does nothing', async () => {
      const container = await mount(html``);
      const calls: string[] = [];
      draw(container, { pending: false }, calls);
      const [dismiss, confirm] = buttons(container);
      confirm!.focus();
      draw(container, { pending: true }, calls);
      expect(confirm!.textContent.trim()).to.equal('Adding…');
      expect(confirm!.getAttribute('aria-disabled')).to.equal('true');
      expect(confirm!.getAttribute('aria-busy')).to.equal('true');
      expect(dismiss!.getAttribute('aria-disabled')).to.equal('true');
      expect(confirm!.disabled || dismiss!.disabled).to.equal(false);
      expect(document.activeElement === confirm, 'focus on confirm').to.equal(true);
      confirm!.click();
      dismiss!.click();
      expect(calls).to.deep.equal([]);
    });

    it('submits the form and dismisses when no write runs', async () => {
      const container = await mount(html``);
      const calls: string[] = [];
      draw(container, { pending: false }, calls);
      const [dismiss, confirm] = buttons(container);
      confirm!.click();
      dismiss!.click();
      expect(calls).to.deep.equal(['submit', 'dismiss']);
      expect(confirm!.getAttribute('aria-disabled')).to.equal('false');
    });

    it('runs a plain confirm only when available, in the danger colour, with the failed write above', async () => {
      const container = await mount(html``);
      const calls: string[] = [];
      const error = new SettingsApiError({ status: 409, code: 'conflict', message: 'Someone changed it.' });
      const confirm = (unavailable: boolean) => ({ label: 'Revoke', pendingLabel: 'Revoking…', danger: true, unavailable, onClick: () => calls.push('confirm') });
      draw(container, { pending: false, error, confirm: confirm(true) }, calls);
      const button = buttons(container)[1]!;
      expect(button.type).to.equal('button');
      expect(button.classList.contains('danger')).to.equal(true);
      expect(container.querySelector('[role=alert]')).to.not.equal(null);
      button.click();
      expect(calls).to.deep.equal([]);
      draw(container, { pending: false, confirm: confirm(false) }, calls);
      button.click();
      expect(calls).to.deep.equal(['confirm']);
      expect(container.querySelector('[role=alert]')).to.equal(null);
    });
  });

  describe('renderStatusLine', () => {
    it('is a live region before it has anything to say, so the message is announced when it comes', async () => {
      const container = await mount(html``);
      render(renderStatusLine(''), container);
      const line = container.querySelector('[part=status]')!;
      expect(line.getAttribute('role')).to.equal('status');
      expect(line.textContent).to.equal('');
      render(renderStatusLine('Site Berlin added.'), container);
      expect(container.querySelector('[part=status]')).to.equal(line);
      expect(line.textContent).to.equal('Site Berlin added.');
      expect(line.classList.contains('success')).to.equal(true);
    });

    it('says the idle message muted when there is no outcome to report', async () => {
      const container = await mount(html``);
      render(renderStatusLine(undefined, { idle: 'You have unsaved changes.' }), container);
      const line = container.querySelector('[part=status]')!;
      expect(line.textContent).to.equal('You have unsaved changes.');
      expect([line.classList.contains('muted'), line.classList.contains('success')]).to.deep.equal([true, false]);
    });
  });

  describe('renderPagedList', () => {
    type Row = { id: string; name: string };
    const list = (state: Partial<PagedListState<Row>>, calls: string[] = []): PagedListState<Row> => ({
      items: [],
      total: 0,
      status: 'complete',
      loadingMore: false,
      error: undefined,
      hasMore: false,
      taskComplete: Promise.resolve(),
      loadMore: () => Promise.resolve(void calls.push('loadMore')),
      reload: () => Promise.resolve(void calls.push('reload')),
      ...state,
    });
    const rendering = {
      rows: (items: readonly Row[]) =>
        renderListTable(items, {
          label: 'Sites',
          columns: ['Name'],
          actions: 'Actions',
          row: (row) => html`<tr part="row"><th scope="row">${row.name}</th><td></td></tr>`,
        }),
      empty: () => 'No sites yet.',
      count: 'Showing 1 of 2 sites',
      more: 'Show more sites',
      loadingMore: 'Loading more sites…',
    };

    it('shows loading, then empty, then the rows with the count and Show more', async () => {
      const container = await mount(html``);
      render(html`${renderPagedList(list({ status: 'pending' }), rendering)}`, container);
      expect(container.querySelector('[part=state]')!.getAttribute('aria-busy')).to.equal('true');
      render(html`${renderPagedList(list({}), rendering)}`, container);
      expect(container.querySelector('[part~=empty]')!.textContent).to.contain('No sites yet.');
      render(html`${renderPagedList(list({ items: [{ id: '1', name: 'Berlin' }], total: 2, hasMore: true }), rendering)}`, container);
      expect(container.querySelector('table[part=list]')!.getAttribute('aria-label')).to.equal('Sites');
      expect(container.querySelectorAll('th[scope=col]')).to.have.length(2);
      expect(container.querySelector('[part=more] [role=status]')!.textContent).to.equal('Showing 1 of 2 sites');
      expect(container.querySelector('[part=more] button')!.textContent.trim()).to.equal('Show more sites');
      await expect(container).to.be.accessible();
    });

    it("shows the list's own skeleton while the first page loads, when it is given one", async () => {
      const container = await mount(html``);
      const withSkeleton = { ...rendering, loading: () => renderSkeleton([renderTableSkeleton({ columns: ['Name'], actions: 'Actions', rows: 3 })]) };
      render(html`${renderPagedList(list({ status: 'pending' }), withSkeleton)}`, container);
      const skeleton = container.querySelector('[part~=skeleton]')!;
      expect([skeleton.getAttribute('role'), skeleton.getAttribute('aria-busy')]).to.deep.equal(['status', 'true']);
      // Announced as "Loading…": the picture of the table (its head included) is hidden from assistive technology.
      expect(skeleton.querySelector('.visually-hidden')!.textContent).to.equal('Loading…');
      expect(skeleton.querySelector('table')!.closest('[aria-hidden=true]')).to.not.equal(null);
      expect([...skeleton.querySelectorAll('thead th')].map((th) => th.textContent.trim())).to.deep.equal(['Name', 'Actions']);
      expect(skeleton.querySelectorAll('tbody tr')).to.have.length(3);
      await expect(container).to.be.accessible();
      render(html`${renderPagedList(list({ items: [{ id: '1', name: 'Berlin' }], total: 1 }), withSkeleton)}`, container);
      expect(container.querySelector('[part~=skeleton]')).to.equal(null);
    });

    it('keeps Show more focused while the next page loads, and does not ask twice', async () => {
      const container = await mount(html``);
      const calls: string[] = [];
      const rows = [{ id: '1', name: 'Berlin' }];
      const paint = (loadingMore: boolean) =>
        render(html`${renderPagedList(list({ items: rows, total: 2, hasMore: true, loadingMore }, calls), rendering)}`, container);
      paint(false);
      const more = container.querySelector<HTMLButtonElement>('[part=more] button')!;
      more.focus();
      more.click();
      paint(true);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(more.disabled).to.equal(false);
      expect(more.textContent.trim()).to.equal('Loading more sites…');
      expect(document.activeElement === more, 'focus on more').to.equal(true);
      more.click();
      expect(calls).to.deep.equal(['loadMore']);
    });

    it('offers a retry of the page that failed, keeping the rows shown', async () => {
      const container = await mount(html``);
      const calls: string[] = [];
      const error = new SettingsApiError({ status: 0, code: 'network_error', message: 'offline' });
      render(html`${renderPagedList(list({ items: [{ id: '1', name: 'Berlin' }], total: 2, hasMore: true, error }, calls), rendering)}`, container);
      expect(container.querySelector('tbody th')!.textContent).to.equal('Berlin');
      container.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
      expect(calls).to.deep.equal(['loadMore']);
    });
  });

  describe('renderListSearch', () => {
    it('searches as the user types (the controller debounces) and at once on Enter', async () => {
      const calls: string[] = [];
      const searchable = { query: '', search: (q: string) => void calls.push(`search:${q}`), flushSearch: () => void calls.push('flush') };
      const root = await mount(renderListSearch(searchable, { id: 'site-search', label: 'Search sites' }));
      const field = root.querySelector<HTMLInputElement>('input[type=search]')!;
      expect(root.querySelector('label')!.htmlFor).to.equal('site-search');
      field.value = 'ber';
      field.dispatchEvent(new InputEvent('input'));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      expect(calls).to.deep.equal(['search:ber', 'flush']);
    });
  });
});
