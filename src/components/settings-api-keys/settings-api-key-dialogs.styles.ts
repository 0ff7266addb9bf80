import { css } from 'lit';
import { t } from '../../styles/tokens.js';

/** The dialogs' own rules (a key's prefix in its details, the access areas of Create key): they arrive with their code. */
export const keyDialogsStyles = css`
  :host {
    display: contents;
  }
  .prefix {
    font-size: ${t.fontSizeSmall};
  }
  .scope-areas {
    display: grid;
    gap: ${t.space2};
  }
`;
