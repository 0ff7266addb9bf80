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

/**
 * Plausible but wrong: what a real backend sends without meaning harm, which `Intl` or `Date` still
 * refuses. A locale in Java and Python spelling (`en_US`), a tag that is no language, a zone no
 * browser knows, dates that do not parse or were left empty, a currency that is no ISO-4217 code,
 * a country that is no region, a month sent as a word. Each entry names the kind of field it goes
 * in; the tests put it in every field of that kind, in every answer.
 */
export const plausiblyWrong = [
  ['language', 'en_US'],
  ['language', 'xx-invalid-tag-'],
  ['timeZone', 'Mars/Olympus'],
  ['date', 'not a date'],
  ['date', ''],
  ['date', '2025-13-45T25:61:00Z'],
  ['currency', 'XXX1'],
  ['currency', ''],
  ['country', 'Narnia'],
  ['month', 'April'],
] as const;

export type WrongKind = (typeof plausiblyWrong)[number][0];

/** The fields of each kind, by name: every `…At` field is a date; both card-expiry numbers and the fiscal year's first month are months. */
export const wrongFields: Record<WrongKind, (key: string) => boolean> = {
  language: (key) => key === 'language',
  timeZone: (key) => key === 'timeZone',
  date: (key) => key.endsWith('At'),
  currency: (key) => key === 'currency',
  country: (key) => key === 'country',
  month: (key) => key === 'expMonth' || key === 'expYear' || key === 'fiscalYearStartMonth',
};

declare global {
  interface Window {
    __pwned?: number;
  }
}
