import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/**
 * What only this panel draws (the toolbar, table, status line and busy buttons are in formStyles):
 * the expandable list of companies (the member cells' lines are memberCellStyles).
 */
export const adminTeamStyles = css`
  :host {
    max-inline-size: var(--settings-admin-team-max-width, none);
  }
  details > p {
    margin-block: ${t.space1} 0;
  }
  summary {
    cursor: pointer;
  }
`;

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
