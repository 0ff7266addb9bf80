import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/** The Add member / Edit dialog's fields and its company picker (the fields themselves are formStyles'). */
export const memberFormStyles = css`
  :host {
    display: contents;
  }
  input[type='email'],
  select {
    inline-size: 100%;
  }
  .companies {
    margin-block-start: ${t.space2};
    padding-inline-start: ${t.space6};
  }
  .company-list {
    max-block-size: var(--settings-admin-team-company-list-height, 14rem);
    overflow-y: auto;
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusSmall};
    padding: ${t.space2};
    margin-block-end: ${t.space2};
  }
`;
