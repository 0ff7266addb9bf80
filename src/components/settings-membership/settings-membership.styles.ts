import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const membershipStyles = css`
  :host {
    max-inline-size: var(--settings-membership-max-width, 48rem);
  }
  h3 {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
  [part='companies'] {
    margin-block-start: ${t.space8};
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${t.space2} ${t.space6};
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
  .toolbar {
    align-items: end;
  }
  .toolbar .field,
  .toolbar p {
    margin: 0;
  }
  table.list th[scope='row'] {
    font-weight: normal;
    color: inherit;
    font-size: inherit;
  }
  .show-all {
    margin-block-start: ${t.space4};
  }
`;
