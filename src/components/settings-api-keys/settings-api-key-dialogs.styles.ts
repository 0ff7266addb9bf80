import { css } from 'lit';

/** The dialogs' own rules: they take no room in the panel (each draws in the top layer). */
export const keyDialogsStyles = css`
  :host {
    display: contents;
  }
`;
