import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const preferencesStyles = css`
  form {
    max-inline-size: var(--settings-preferences-max-width, 36rem);
  }
  legend {
    padding: 0;
  }
  [part='auto-save'] {
    margin-block-end: 0;
  }
  [part='auto-save'] + .hint {
    margin-block-end: ${t.space6};
  }
  .feedback {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${t.space2};
  }
  .feedback button {
    min-block-size: 1.5rem;
    padding-block: 0;
  }
  input[type='search'] {
    margin-block-end: ${t.space1};
  }
  [part~='error'] {
    margin-block: 0 ${t.space4};
  }
`;
