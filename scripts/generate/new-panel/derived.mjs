/**
 * What is derived from the elements, brought up to date as CI checks it: the define entries
 * (src/define.ts from src/define/), the custom elements manifest, and the framework bindings.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = (name) => fileURLToPath(new URL(`../${name}`, import.meta.url));

export function syncDerived(root) {
  execFileSync(process.execPath, [script('sync-defines.mjs')], { stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'analyze'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [script('sync-bindings.mjs')], { stdio: 'inherit' });
}
