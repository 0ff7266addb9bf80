import { sendKeys } from '@web/test-runner-commands';

/**
 * Types `text` into the focused control with real key presses, the same in every engine: WebKit's
 * WebDriver drops the spaces inside a typed string, so each space is pressed as a key of its own.
 */
export async function typeText(text: string): Promise<void> {
  const words = text.split(' ');
  for (const [index, word] of words.entries()) {
    if (index > 0) await sendKeys({ press: ' ' });
    if (word) await sendKeys({ type: word });
  }
}
