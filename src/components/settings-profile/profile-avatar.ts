import { html } from 'lit';
import { getLocale, msg } from '../../i18n/localize.js';
import { safeUrl } from '../../internal/safe-url.js';

/** "Ada Lovelace" → "AL", "Cher" → "C": first letters of the first and last words. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const ends = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  // Array.from keeps a letter outside the Basic Multilingual Plane whole.
  return ends.map((word) => Array.from(word)[0]).join('').toLocaleUpperCase(getLocale());
}

/**
 * The user's picture, or their initials when there is none or it fails to load (initials always
 * work), also when the address is not an http(s) one (`safeUrl`). `onImageError` lets the panel
 * remember the broken address.
 */
export function renderAvatar(name: string, imageUrl: string | null, onImageError: () => void) {
  const label = msg('profile.avatar.alt', { name });
  const src = safeUrl(imageUrl, 'image');
  return src
    ? html`<img part="avatar" src=${src} alt=${label} referrerpolicy="no-referrer" @error=${onImageError} />`
    : html`<span part="avatar" role="img" aria-label=${label}>${initialsOf(name)}</span>`;
}
