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
