import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';
import { renderErrorNotice } from './states.js';
import { formatNumber, msg } from '../../i18n/localize.js';
import { renderButton } from './form.js';
import { bone, renderLoading, renderSkeleton } from './skeleton.js';
import type { PagedListState } from '../paged-list-controller.js';

/** What a list says about itself; the strings are the panel's own ("Showing 25 of 1,000 sites"). */
export interface PagedListRendering<T> {
  /** The rows: usually `renderListTable(…)`. */
  readonly rows: (items: readonly T[]) => unknown;
  /** Nothing to show: no rows at all, or none matching the search. */
  readonly empty: () => unknown;
  /** "Showing N of M …", announced politely as more rows arrive. */
  readonly count: string;
  /** The button that loads the next page, and what it says meanwhile. */
  readonly more: string;
  readonly loadingMore: string;
  /** Before the first page: usually `renderSkeleton([renderTableSkeleton(…)])` with the table's columns; "Loading…" without it. */
  readonly loading?: (() => unknown) | undefined;
}

/** A paged list drawn as the kit's table: what `renderPagedTable` needs. */
export interface PagedTableRendering<T> extends Omit<PagedListRendering<T>, 'rows' | 'loading'>, Omit<ListTableOptions<T>, 'busy'> {
  /** Lines in the first cell of the skeleton's rows while the first page loads (1 unless told; 2 for a name over an email). */
  readonly skeletonLines?: number | undefined;
}

/**
 * A paged list as a table, in one call: its skeleton (the table's own head over grey rows) while
 * the first page loads, the table — busy while a search or reload replaces its rows —, the count
 * and Show more. `renderPagedList` with `renderListTable` and `renderTableSkeleton`, for a list
 * that is nothing but its table.
 */
export function renderPagedTable<T>(list: PagedListState<T>, rendering: PagedTableRendering<T>): unknown {
  const { columns, actions } = rendering;
  return renderPagedList(list, {
    ...rendering,
    loading: () => renderSkeleton([renderTableSkeleton({ columns, actions, lines: rendering.skeletonLines })]),
    rows: (items) => renderListTable(items, { ...rendering, busy: list.status === 'pending' }),
  });
}

/**
 * Every state of a paged list: loading, error with retry, empty, the rows, then the count
 * (`part="more"`) with the button that loads the next page, or the error that stopped it with its
 * retry, or why the list stopped early (the server sent the same rows again). The button stays
 * focusable while the page loads (`aria-disabled`), so focus is not lost.
 */
export function renderPagedList<T>(list: PagedListState<T>, rendering: PagedListRendering<T>): unknown {
  if (list.status === 'error' && list.error) return renderErrorNotice(list.error, () => void list.reload());
  if (list.items.length === 0 && list.status !== 'complete') return rendering.loading ? rendering.loading() : renderLoading();
  if (list.items.length === 0) return html`<div part="state empty">${rendering.empty()}</div>`;
  return html`
    ${rendering.rows(list.items)}
    <div part="more">
      <p role="status">${rendering.count}</p>
      ${list.error
        ? renderErrorNotice(list.error, () => void list.loadMore())
        : list.hasMore
          ? renderButton({ label: rendering.more, pendingLabel: rendering.loadingMore, busy: list.loadingMore, onClick: () => void list.loadMore() })
          : list.repeated
            ? html`<div part="state error" class="notice" role="alert"><p>${msg('list.repeating', { shown: formatNumber(list.items.length), count: list.items.length })}</p></div>`
            : nothing}
    </div>
  `;
}

export interface ListTableOptions<T> {
  /** The id of the heading that names the table, or (without one) its accessible name. */
  readonly labelledBy?: string | undefined;
  readonly label?: string | undefined;
  /** True while a new first page (search, filter, reload) replaces these rows; a fixed table leaves it out. */
  readonly busy?: boolean | undefined;
  /** The visible column headings. */
  readonly columns: readonly unknown[];
  /** The visually hidden heading of a last column of row actions; leave out when there is none. */
  readonly actions?: string | undefined;
  /** One `<tr part="row">`; the first cell is usually a `<th scope="row">` naming the row. */
  readonly row: (item: T) => unknown;
}

/**
 * The table every list of the library is drawn as (`part="list"`, `table.list` in formStyles).
 * Rows are reused by position, not keyed (the `repeat` directive would add 2 KB to every list
 * panel): pages only append, and a search or reload replaces the rows' data in place.
 */
export function renderListTable<T>(items: readonly T[], options: ListTableOptions<T>): TemplateResult {
  return html`
    <table
      class="list"
      part="list"
      ${columnLabels(options.columns)}
      aria-labelledby=${options.labelledBy ?? nothing}
      aria-label=${options.label ?? nothing}
      aria-busy=${String(options.busy === true)}
    >
      <thead>
        <tr>
          ${options.columns.map((column) => html`<th scope="col">${column}</th>`)}
          ${options.actions ? html`<th scope="col"><span class="visually-hidden">${options.actions}</span></th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${items.map((item) => options.row(item))}
      </tbody>
    </table>
  `;
}

/**
 * A list's table while it loads, for `renderSkeleton`: its real head (so a narrow container stacks
 * it as it stacks the list) over `rows` grey rows (5 unless told), whose first cell has `lines`
 * lines (1 unless told; 2 for a name over an email). Give it the columns and actions of the table.
 */
export function renderTableSkeleton(
  table: Pick<ListTableOptions<unknown>, 'columns' | 'actions'> & { readonly rows?: number; readonly lines?: number },
): TemplateResult {
  const { rows = 5, lines = 1 } = table;
  const first = html`<th>${Array.from({ length: lines }, () => html`<div>${bone}</div>`)}</th>`;
  const others = Array.from({ length: table.columns.length - 1 }, () => html`<td>${bone}</td>`);
  const actions = table.actions ? html`<td part="row-actions">${bone}</td>` : nothing;
  return renderListTable(Array.from({ length: rows }), { ...table, row: () => html`<tr part="row">${first}${others}${actions}</tr>` });
}

/** The part of a `PagedListController` a search field drives. */
export interface SearchableList {
  readonly query: string;
  search(query: string): void;
  flushSearch(): void;
}

/**
 * The server-side search of a list: a labelled search field whose typing is debounced by the
 * controller, and whose Enter searches at once.
 */
export function renderListSearch(list: SearchableList, options: { readonly id: string; readonly label: string; readonly placeholder?: string }): TemplateResult {
  return html`
    <div class="field">
      <label for=${options.id}>${options.label}</label>
      <input
        id=${options.id}
        type="search"
        autocomplete="off"
        placeholder=${options.placeholder ?? nothing}
        .value=${list.query}
        @input=${(event: InputEvent) => list.search((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key !== 'Enter') return;
          // Enter searches at once; inside a form it must not submit it too.
          event.preventDefault();
          list.flushSearch();
        }}
      />
    </div>
  `;
}

/**
 * The bar above a list (`part="toolbar"`): the search and filters at the start, the list's main
 * action ("Add site") at the end.
 */
export function renderListToolbar(filters: unknown, action: unknown = nothing): TemplateResult {
  return html`<div part="toolbar" class="toolbar"><div class="filters">${filters}</div>${action}</div>`;
}

/**
 * The column headings as custom properties (`--settings-col-1: "Name"`, …): in a narrow container
 * the table stacks each row into a card, and each cell shows its column's name before it from
 * these. Set through CSSOM — a `style` attribute would break a strict CSP. Cells match by position.
 * A plain directive, not `ref`: it needs no disconnection tracking, which `ref` would bring along.
 */
class ColumnLabels extends Directive {
  render(_columns: readonly unknown[]) {
    return nothing;
  }

  override update(part: ElementPart, [columns]: [readonly unknown[]]) {
    const { style } = part.element as HTMLElement;
    columns.forEach((column, i) => style.setProperty(`--settings-col-${i + 1}`, typeof column === 'string' ? JSON.stringify(column) : "''"));
    return nothing;
  }
}
const columnLabels = directive(ColumnLabels);
