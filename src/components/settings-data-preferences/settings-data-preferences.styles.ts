import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const dataPreferencesStyles = css`
  .layout {
    display: grid;
    gap: ${t.space6};
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--settings-data-preferences-column-width, 18rem)), 1fr));
    align-items: start;
    margin-block-end: ${t.space4};
  }
  [part='preview'] {
    border: 1px solid ${t.colorBorder};
    border-radius: ${t.radiusMedium};
    padding: ${t.space4};
    background: ${t.colorSurfaceRaised};
  }
  h3 {
    margin: 0;
    font-size: inherit;
  }
  [part='preview'] .hint {
    margin-block: ${t.space1} ${t.space3};
  }
  [part~='error'] {
    margin-block: 0 ${t.space4};
  }
`;
