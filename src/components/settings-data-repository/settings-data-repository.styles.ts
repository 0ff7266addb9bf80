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
    display: grid;
    grid-template-columns: minmax(10rem, max-content) 1fr;
    gap: ${t.space2} ${t.space4};
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .choice > label {
    font-weight: 600;
  }
  form [role='alert'] {
    margin-block-end: ${t.space4};
  }
  [part='status'] {
    margin-block: 0 ${t.space4};
  }
  [part='status']:empty {
    margin: 0;
  }
`;
