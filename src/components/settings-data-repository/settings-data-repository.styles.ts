import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const dataRepositoryStyles = css`
  :host {
    max-inline-size: var(--settings-data-repository-max-width, 40rem);
  }
  [part='intro'] {
    margin-block: 0 ${t.space6};
  }
  dl {
    --_term-width: minmax(10rem, max-content);
  }
  .choice > label {
    font-weight: 600;
  }
  form [role='alert'] {
    margin-block-end: ${t.space4};
  }
`;
