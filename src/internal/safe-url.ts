/**
 * The one allow-list every URL from the server passes before it reaches `href` or `src`: http(s),
 * absolute or relative to the page. Anything else — `javascript:`, `data:`, `vbscript:`, or what
 * does not parse — answers `undefined`, and the caller renders no link. (`mailto:` links are ones
 * we build ourselves, never the server's.) The URL parser sees what the browser will see, so case,
 * spaces and tabs hidden in the scheme do not get past it. For an `<img src>` (`'image'`),
 * `data:image/…` is allowed too: an image element runs no script from it.
 */
export function safeUrl(value: string | null | undefined, use: 'link' | 'image' = 'link'): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  try {
    const { protocol, pathname } = new URL(url, document.baseURI);
    if (protocol === 'https:' || protocol === 'http:') return url;
    return use === 'image' && protocol === 'data:' && pathname.toLowerCase().startsWith('image/') ? url : undefined;
  } catch {
    return undefined;
  }
}
