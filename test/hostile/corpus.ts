/**
 * Input an attacker or an unlucky user sends: markup and event-handler attributes that would run
 * if parsed, a script URL, bidi overrides that reverse what follows, a value far longer than any
 * layout expects (one unbroken word, so nothing can wrap at a space), and emoji sequences that are
 * many code units per character. Each payload that could execute sets `window.__pwned`.
 */
export const corpus = {
  markup: '<img src=x onerror="window.__pwned=1"><b>bold</b>',
  attribute: '" autofocus onfocus="window.__pwned=1" x="',
  script: '</script><script>window.__pwned=1</script>',
  svg: '<svg/onload=window.__pwned=1>',
  javascriptUrl: 'javascript:window.__pwned=1',
  bidi: 'invoice\u202Egpj.exe\u202C (reversed)',
  template: '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  long: `Z${'x'.repeat(4998)}Z`,
  emoji: '👩‍👩‍👧‍👦🏳️‍🌈🧑🏽‍🚀'.repeat(120),
} as const;

export type CorpusKey = keyof typeof corpus;
export const corpusEntries = Object.entries(corpus) as [CorpusKey, string][];

declare global {
  interface Window {
    __pwned?: number;
  }
}
