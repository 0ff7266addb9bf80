// esbuild's `build` for scripts/mock-api/server.mjs in a mutation run: the same build, plus a plugin
// that loads the files the mutation (CONFORMANCE_MUTATION) edits with its edits applied. The bundle
// is the server's copy; the files in mocks/ stay as they are.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { applyEdits, editsByFile, mutations } from './mutations.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The mutation is read at each build, so one process can bundle several copies one after another;
 * without CONFORMANCE_MUTATION, the plain build (the unchanged mocks).
 */
export function build(options) {
  const id = process.env.CONFORMANCE_MUTATION;
  if (id === undefined) return esbuild(options);
  const mutation = mutations.find((m) => m.id === id);
  if (!mutation) throw new Error(`CONFORMANCE_MUTATION=${JSON.stringify(id)} names no mutation in conformance/mutations/mutations.mjs`);
  return esbuild({ ...options, plugins: [...(options.plugins ?? []), plant(mutation)] });
}

function plant(mutation) {
  const name = mutation.id;
  const files = new Map([...editsByFile(mutation)].map(([file, edits]) => [path.join(root, file), { file, edits, loaded: false }]));
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    name: `plant ${name}`,
    setup(b) {
      b.onLoad({ filter: new RegExp(`^(${[...files.keys()].map(escape).join('|')})$`) }, (args) => {
        const entry = files.get(args.path);
        entry.loaded = true;
        return { contents: applyEdits(entry.file, fs.readFileSync(args.path, 'utf8'), entry.edits), loader: 'ts' };
      });
      b.onEnd(() => {
        const missing = [...files.values()].filter((entry) => !entry.loaded).map((entry) => entry.file);
        if (missing.length) throw new Error(`mutation ${name}: ${missing.join(', ')} not part of the mock server bundle`);
      });
    },
  };
}
