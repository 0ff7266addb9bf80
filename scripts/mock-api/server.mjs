#!/usr/bin/env node
// The mock server of the REST contract over real HTTP, so the conformance suite (and anything
// else that speaks HTTP) can run against the mocks: `node scripts/mock-api/server.mjs --port 4010`.
// The mocks are TypeScript written for the browser; esbuild (already a dev dependency) bundles
// them for Node in ~0.1 s, with msw left external, so no build step is needed first.
import fs from 'node:fs';
import http from 'node:http';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The mocks (and the real `createHttpClient`) as a Node module: everything `settings-elements/mocks`
 * exports, plus the route table. Bundled per process into node_modules/.cache, so that `msw`
 * resolves from the project, and removed once imported: parallel test processes never share a file.
 */
export async function loadMocks() {
  const entry = [
    "export * from './mocks/index.ts';",
    "export { routes } from './mocks/handlers/routes.ts';",
    "export { createHttpClient } from './src/api/http-client.ts';",
  ].join('\n');
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'mocks-for-node.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['msw', 'msw/*'],
    tsconfig: `${root}/tsconfig.json`,
    logLevel: 'error',
  });
  const dir = `${root}/node_modules/.cache/settings-elements`;
  fs.mkdirSync(dir, { recursive: true });
  const file = `${dir}/mocks-${process.pid}-${Date.now()}.mjs`;
  fs.writeFileSync(file, outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/** Every persona's bearer token, by persona id. */
export function personaTokens(mocks) {
  return Object.fromEntries(mocks.personaIds.map((id) => [id, mocks.tokenFor(id)]));
}

/**
 * Serves the mock API at `http://<host>:<port>/api` from one in-memory db (changes last as long as
 * the server). Port 0 picks a free one. `latency: [min, max]` (ms) delays every answer, so that
 * requests sent at once are in progress together, as on a real server. Resolves to
 * `{ url, tokens, close(), advanceClock(seconds) }`: the db's clock is the real one, moved on by
 * `advanceClock` (the conformance suite checks what happens 24 hours later).
 */
export async function startMockApiServer({ port = 4010, host = '127.0.0.1', mocks, latency } = {}) {
  const m = mocks ?? (await loadMocks());
  let clockOffsetMs = 0;
  const db = m.createMockDb({ now: () => new Date(Date.now() + clockOffsetMs) });
  const fetchMock = m.createMockFetch(m.createHandlers({ db, baseUrl: '/api', ...(latency ? { latency } : {}) }));

  const server = http.createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      const request = new Request(`http://localhost${req.url}`, {
        method: req.method,
        headers: headersOf(req),
        ...(body.length && req.method !== 'GET' && req.method !== 'HEAD' ? { body } : {}),
      });
      const response = await fetchMock(request);
      const payload = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(payload);
    } catch (error) {
      // The mocks' "network error" (the unstable persona): drop the connection like a real outage.
      if (error instanceof TypeError) res.destroy();
      else {
        console.error('[mock-api-server]', error);
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'server_error', message: 'The mock API server failed.' } }));
      }
    }
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolveListen);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/api`,
    tokens: personaTokens(m),
    close: () => new Promise((resolveClose) => server.close(() => resolveClose())),
    advanceClock(seconds) {
      clockOffsetMs += seconds * 1000;
    },
  };
}

function readBody(req) {
  return new Promise((resolveBody, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headersOf(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function option(args, name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const args = process.argv.slice(2);
  if (args.includes('--help')) {
    console.log('node scripts/mock-api/server.mjs [--port 4010] [--host 127.0.0.1]  (port 0: any free port)');
    process.exit(0);
  }
  const { url, tokens } = await startMockApiServer({ port: Number(option(args, 'port', '4010')), host: option(args, 'host', '127.0.0.1') });
  console.log(`Mock API at ${url}  (Ctrl+C stops it)`);
  console.log('Accepted tokens (Authorization: Bearer <token>):');
  for (const [persona, token] of Object.entries(tokens)) console.log(`  ${token.padEnd(26)} ${persona}`);
}
