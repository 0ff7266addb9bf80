import type { TextTransform } from '../../localize.js';

/**
 * The pseudo-locale (`en-XA`) for QA and designers: every string of ours accented, about 40 %
 * longer and bracketed — `[Šàvé çhàñgéš ~~~~]` — so a hard-coded string (plain English), a cut-off
 * one (no closing bracket) or a layout that cannot take longer words shows at a glance. The values a
 * string was built with (names, emails, counts) stay as they are.
 */
const accents: Record<string, string> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ö', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'À', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => accents[c] ?? c);
}

export const pseudoLocale: TextTransform = (english, params) => {
  if (english.trim() === '') return english;
  // The values the text was built with, longest first, are kept verbatim.
  const values = Object.values(params ?? {})
    .map(String)
    .filter((v) => v.length > 0)
    .sort((a, b) => b.length - a.length);
  let parts: Part[] = [{ text: english, keep: false }];
  for (const value of values) parts = parts.flatMap((part) => (part.keep ? [part] : splitKeeping(part.text, value)));
  const text = parts.map((part) => (part.keep ? part.text : accent(part.text))).join('');
  const padding = '~'.repeat(Math.max(1, Math.round(english.length * 0.4)));
  return `[${text} ${padding}]`;
};

interface Part {
  text: string;
  /** A value the text was built with: not accented. */
  keep: boolean;
}

function splitKeeping(text: string, value: string): Part[] {
  return text.split(value).flatMap((piece, i) => (i === 0 ? [{ text: piece, keep: false }] : [{ text: value, keep: true }, { text: piece, keep: false }]));
}
