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
    column-gap: ${t.space6};
  }
  .toolbar p {
    margin: 0;
  }
  .show-all {
    margin-block-start: ${t.space4};
  }
`;
