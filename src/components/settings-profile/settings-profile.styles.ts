import { css } from 'lit';
import { t } from '../../styles/tokens.js';

export const profileStyles = css`
  :host {
    --_avatar-size: var(--settings-profile-avatar-size, 4rem);
    max-inline-size: var(--settings-profile-max-width, 40rem);
  }
  h3 {
    margin-block: 0 ${t.space4};
    font-size: ${t.fontSizeLarge};
  }
  [part='password'] {
    margin-block-start: ${t.space8};
  }
  [part='password'] > p {
    margin-block: 0 ${t.space3};
  }
  [part='avatar'] {
    display: grid;
    place-items: center;
    inline-size: var(--_avatar-size);
    block-size: var(--_avatar-size);
    margin-block-end: ${t.space4};
    border-radius: 50%;
    object-fit: cover;
    background: ${t.colorAccentSurface};
    color: ${t.colorText};
    font-size: calc(var(--_avatar-size) * 0.4);
    font-weight: 600;
  }
  [part~='error'] {
    margin-block-end: ${t.space4};
  }
  input[readonly] {
    background: ${t.colorSurfaceRaised};
  }
`;
