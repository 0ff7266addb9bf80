/**
 * The generators' one template language, kept small enough to read a template as the file it
 * becomes:
 *
 * - `__token__` is replaced by its value (every token must be given one, so none is left behind);
 * - a line `// [if company organization]` keeps the lines up to `// [else]` or `// [end]` only
 *   when one of the words is among the conditions (the section's scope), and `// [else]` keeps
 *   the rest otherwise. Blocks do not nest; the marker lines themselves are dropped.
 */
import { readFileSync } from 'node:fs';

const marker = /^\s*\/\/ \[(if [a-z -]+|else|end)\]\s*$/;

/** Keeps the lines of the blocks whose condition holds. */
function keepConditionalLines(text, conditions, where) {
  const kept = [];
  let block; // undefined outside a block; else { keep: boolean, seenElse: boolean }
  for (const [index, line] of text.split('\n').entries()) {
    const found = line.match(marker);
    const at = `${where}:${index + 1}`;
    if (!found) {
      if (!block || block.keep) kept.push(line);
      continue;
    }
    const [word, ...names] = found[1].split(' ');
    if (word === 'if') {
      if (block) throw new Error(`${at}: [if] blocks do not nest`);
      block = { keep: names.some((name) => conditions.includes(name)), seenElse: false };
    } else if (!block) {
      throw new Error(`${at}: [${word}] without [if]`);
    } else if (word === 'else') {
      if (block.seenElse) throw new Error(`${at}: a second [else]`);
      block = { keep: !block.keep, seenElse: true };
    } else {
      block = undefined;
    }
  }
  if (block) throw new Error(`${where}: an [if] block is not closed with [end]`);
  return kept.join('\n');
}

/** The text `templatePath` becomes for these tokens (`{ name: 'webhooks' }` fills `__name__`) and conditions. */
export function fillTemplate(templatePath, { tokens, conditions = [] }) {
  let text = keepConditionalLines(readFileSync(templatePath, 'utf8'), conditions, templatePath);
  for (const [token, value] of Object.entries(tokens)) {
    // A function, so a `$` in the value is never read as a replacement pattern.
    text = text.replaceAll(`__${token}__`, () => String(value));
  }
  const left = text.match(/__[A-Za-z]+__/);
  if (left) throw new Error(`${templatePath}: no value for ${left[0]}`);
  return text;
}
