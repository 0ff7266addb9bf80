// A small static file server for the browser checks (node:http, no dependencies): serves `root`,
// lets MSW's worker control the whole origin, and sends each HTML page with the headers `headersFor`
// gives it (the strict Content-Security-Policy).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** @param {string} root @param {{ htmlHeaders?: (html: string) => Record<string, string> }} options */
export async function serveStatic(root, options = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(base, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (path === '/mockServiceWorker.js') headers['service-worker-allowed'] = '/';
      if (extname(file) === '.html') Object.assign(headers, options.htmlHeaders?.(body.toString('utf8')));
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, close: () => server.close() };
}

/** The policy a locked-down host runs: same origin only, nothing inline, no eval. */
export const strictPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/**
 * Builds the production demo (vite.demo.config.ts → dist-demo/) unless `--no-build` was passed,
 * and serves it. The browser checks open this build: it loads in one request per asset, where the
 * dev server sends hundreds of modules per page load.
 */
export async function serveDemoBuild(options = {}) {
  if (!process.argv.includes('--no-build')) {
    execFileSync('npx', ['--no', 'vite', 'build', '--config', 'vite.demo.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  return serveStatic('dist-demo', options);
}
