import { css } from 'lit';
import { t } from './tokens.js';

/**
 * Forms, tables and toolbars as every panel draws them, for the markup of the kit's views
 * (`kit/views/`): `renderField` (`.field` > `label` + control + `.hint` / `.field-error`),
 * `renderListToolbar` (`.toolbar` > `.filters`), `renderListTable` (`table.list`),
 * `renderStatusLine` (`[part=status]`), `renderDialogActions`; `.actions` for other button rows.
 */
export const formStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: ${t.space1};
    margin-block-end: ${t.space4};
  }
  .field > label,
  legend {
    font-weight: 600;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: ${t.colorText};
    background: ${t.colorSurface};
    border: 1px solid ${t.colorBorderStrong};
    border-radius: ${t.radiusSmall};
    padding-block: ${t.controlPaddingBlock};
    padding-inline: ${t.controlPaddingInline};
    min-block-size: ${t.controlHeight};
    max-inline-size: 100%;
  }
  [aria-invalid='true'] {
    border-color: ${t.colorDanger};
  }
  .hint {
    margin: 0;
    font-size: ${t.fontSizeSmall};
    color: ${t.colorTextMuted};
  }
  .field-error {
    margin: 0;
    font-size: ${t.fontSizeSmall};
    color: ${t.colorDanger};
  }
  fieldset {
    border: 0;
    margin: 0 0 ${t.space4};
    padding: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${t.space2};
    margin-block: ${t.space1};
    /* 24 px touch targets between stacked radios and checkboxes (WCAG 2.5.8) */
    min-block-size: 1.5rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space2};
    align-items: center;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space2};
    align-items: end;
    justify-content: space-between;
    margin-block-end: ${t.space4};
  }
  .toolbar .filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space4};
  }
  .toolbar .field {
    margin: 0;
  }
  /* The busy rule (kit/views/dialog.ts, renderDialogActions): unavailable buttons stay focusable. */
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button[aria-busy='true'] {
    cursor: progress;
  }
  /* renderStatusLine: the last change's outcome; an empty line takes no room but stays live. */
  [part='status'] {
    margin-block: 0 ${t.space4};
  }
  [part='status'].idle {
    margin: 0;
  }
  /* renderFormActions: the outcome under the buttons, at a distance from them. */
  .actions + [part='status']:not(.idle) {
    margin-block: ${t.space4} 0;
  }
  table.list {
    inline-size: 100%;
    border-collapse: collapse;
  }
  table.list th,
  table.list td {
    text-align: start;
    padding: ${t.space2};
    border-block-end: 1px solid ${t.colorBorder};
    vertical-align: top;
  }
  table.list th {
    font-size: ${t.fontSizeSmall};
    color: ${t.colorTextMuted};
    font-weight: 600;
  }
  /* Row headers (the first cell naming the row) read as content, not as column labels. */
  table.list tbody th {
    font-size: inherit;
    font-weight: 400;
    color: inherit;
  }
  /* A record read as text (read-only values, previews): terms beside their values. A panel sets
     --_term-width for its terms' column. */
  dl {
    display: grid;
    grid-template-columns: var(--_term-width, max-content) 1fr;
    gap: ${t.space2} ${t.space4};
    margin: 0;
  }
  dl > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  [part~='row-actions'] {
    text-align: end;
  }
  /*
   * A narrow container (a phone, a side panel): each row becomes a card instead of a table wider
   * than the screen. The row's name and its actions span the card; the other cells, each under its
   * column's name (the --settings-col-N set by renderListTable), sit side by side as room allows.
   */
  @container (max-width: 40rem) {
    table.list,
    table.list tbody,
    table.list td,
    table.list tbody th {
      display: block;
    }
    table.list tr {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      column-gap: ${t.space4};
    }
    table.list tr > :first-child,
    table.list [part~='row-actions'] {
      grid-column: 1 / -1;
    }
    table.list thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.list tr {
      padding-block: ${t.space2};
      border-block-end: 1px solid ${t.colorBorder};
    }
    table.list td,
    table.list tbody th {
      border: 0;
      padding-block: ${t.space1};
    }
    table.list :is(td, th):nth-child(2)::before {
      content: var(--settings-col-2, none);
    }
    table.list :is(td, th):nth-child(3)::before {
      content: var(--settings-col-3, none);
    }
    table.list :is(td, th):nth-child(4)::before {
      content: var(--settings-col-4, none);
    }
    table.list :is(td, th):nth-child(5)::before {
      content: var(--settings-col-5, none);
    }
    table.list :is(td, th):nth-child(6)::before {
      content: var(--settings-col-6, none);
    }
    table.list :is(td, th)::before {
      display: block;
      font-size: ${t.fontSizeSmall};
      color: ${t.colorTextMuted};
      font-weight: 600;
    }
    table.list tbody th {
      font-weight: 600;
    }
    [part~='row-actions'] {
      text-align: start;
    }
  }

  .badge {
    display: inline-block;
    padding-inline: ${t.space2};
    border-radius: 999px;
    font-size: ${t.fontSizeSmall};
    background: ${t.colorSurfaceRaised};
    border: 1px solid ${t.colorBorder};
  }
  .badge.warning {
    background: ${t.colorWarningSurface};
  }
  .badge.danger {
    color: ${t.colorDanger};
    background: ${t.colorDangerSurface};
  }
  .success {
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusMedium};
    padding: ${t.space3};
    background: ${t.colorAccentSurface};
  }
  time.relative:focus-visible::after {
    content: ' (' attr(title) ')';
  }
  button.danger {
    color: ${t.colorDanger};
  }
  button.danger.primary {
    background: ${t.colorDanger};
    border-color: ${t.colorDanger};
    color: ${t.colorAccentText};
  }
`;
