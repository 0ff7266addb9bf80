import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const billingStyles = css`
  :host {
    max-inline-size: var(--settings-billing-max-width, 48rem);
  }
  section {
    margin-block-end: ${t.space8};
  }
  h3 {
    margin-block: 0 ${t.space3};
    font-size: 1.0625rem;
  }
  .region-header {
    display: flex;
    flex-wrap: wrap;
    gap: ${t.space2};
    align-items: baseline;
    justify-content: space-between;
  }
  dl {
    --_term-width: minmax(8rem, max-content);
  }
  .address span {
    display: block;
  }
  p {
    margin-block: 0 ${t.space2};
  }
  [part='not-set-up'] {
    margin-block-end: ${t.space6};
  }
  form [role='alert'] {
    margin-block-end: ${t.space4};
  }
  [part='status'].success {
    margin-block-start: ${t.space4};
  }
  /* Amounts line up on the right: the third column (a plain heading, so a stacked row names it). */
  table.list td.amount,
  table.list th:nth-child(3) {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 40rem) {
    table.list td.amount {
      text-align: start;
    }
  }
`;
