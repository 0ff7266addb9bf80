/**
 * Minifies the static text of Lit `css` templates that interpolate tokens (`${t.space4}`), which
 * @literals/rollup-plugin-html-css-minifier leaves alone by design: almost all of ours. Only
 * transformations that cannot change what CSS means: comments go, runs of whitespace become one
 * space, and the space around `{ } ; , >` and after `:` goes. Quoted strings and the `${}`
 * expressions are copied as they are. Measured with `npm run size`.
 */
import type { Plugin } from 'vite';

/** The vite plugin: every `css` template in our sources, before TypeScript is compiled away. */
export function minifyCssLiterals(options: { include: RegExp }): Plugin {
  return {
    name: 'settings-elements:minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      // Our sources only: a dependency's templates are its own business.
      if (!options.include.test(id) || id.includes('/node_modules/') || !code.includes('css`')) return null;
      return { code: minifyCssTemplates(code), map: null };
    },
  };
}

/** Rewrites the static parts of every css`…` template in `source`. */
export function minifyCssTemplates(source: string): string {
  // Not `css` in backticks (prose in a comment): a template tag is never right after a backtick.
  const marker = /(?<!`)\bcss`/g;
  let out = '';
  let copied = 0;
  for (let match = marker.exec(source); match; match = marker.exec(source)) {
    const start = match.index + match[0].length;
    out += source.slice(copied, start);
    let i = start;
    let text = '';
    for (;;) {
      const c = source[i];
      if (c === undefined) throw new Error(`minify-css-literals: unterminated css template at offset ${match.index}`);
      if (c === '`') break;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '$' && source[i + 1] === '{') {
        const end = closingBrace(source, i + 1);
        out += minifyCss(text) + source.slice(i, end + 1);
        text = '';
        i = end + 1;
      } else {
        text += c;
        i += 1;
      }
    }
    out += minifyCss(text) + '`';
    copied = i + 1;
    marker.lastIndex = copied;
  }
  return out + source.slice(copied);
}

/** The index of the `}` that closes the expression opened at `open` (our tokens are plain names). */
function closingBrace(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '`' || c === "'" || c === '"') throw new Error(`minify-css-literals: a string inside \${} at offset ${i}; keep css interpolations to plain tokens`);
    if (c === '{') depth += 1;
    if (c === '}' && --depth === 0) return i;
  }
  throw new Error(`minify-css-literals: unclosed \${ at offset ${open}`);
}

/** One static run of CSS text: strings are kept, comments dropped, the rest squeezed. */
export function minifyCss(text: string): string {
  let out = '';
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      plain += ' ';
    } else if (c === "'" || c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== c) end += text[end] === '\\' ? 2 : 1;
      out += squeeze(plain) + text.slice(i, end + 1);
      plain = '';
      i = end + 1;
    } else {
      plain += c;
      i += 1;
    }
  }
  return out + squeeze(plain);
}

function squeeze(css: string): string {
  return css
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}
