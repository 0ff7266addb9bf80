// Content-Security-Policy violations as the browser reports them to the server (the policy's
// `report-uri`), for the engines whose driver cannot watch a page from its first script: WebDriver
// classic (WebKit) runs scripts only once the page has loaded, so a `securitypolicyviolation`
// listener added then misses every violation of the load itself. The report is sent in all three
// engines, but Chromium and WebKit send it only to the page's own origin (a report to another port
// never arrives). static-server.mjs answers files only, so this puts a small server in front of it:
// it keeps the reports and passes every other request through.
import { createServer, request } from 'node:http';

export const reportPath = '/__csp-report';

/** The policy, with its violations reported to `reportPath` on the page's origin. */
export const reporting = (/** @type {string} */ policy) => `${policy}; report-uri ${reportPath}`;

/**
 * A server in front of `upstream` (a static server's URL) that collects the CSP reports its pages
 * send. One per browser, so that each engine's reports are its own.
 * @param {string} upstream
 * @returns {Promise<{ url: string, take(): string[], close(): void }>}
 */
export async function serveWithCspReports(upstream) {
  /** @type {string[]} */
  let reports = [];
  /** @type {RegExp | null} requests whose path matches fail with 503 (a chunk a deploy replaced) */
  let failing = null;
  const server = createServer((req, res) => {
    if (failing?.test(new URL(req.url ?? '/', 'http://x').pathname)) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('unavailable (smoke)');
      return;
    }
    if (req.method === 'POST' && req.url === reportPath) {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        reports.push(describe(body));
        res.writeHead(204).end();
      });
      return;
    }
    const forward = request(new URL(req.url ?? '/', upstream), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  await new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    /** The reports received since the last call. */
    take() {
      const taken = reports;
      reports = [];
      return taken;
    },
    /** From now on, answers 503 to every request whose path matches `pattern`; `null` stops it. */
    failRequests(/** @type {RegExp | null} */ pattern) {
      failing = pattern;
    },
    close: () => server.close(),
  };
}

/** One line per report, in the words of the in-page listener (directive, what, where). */
function describe(/** @type {string} */ body) {
  try {
    const report = JSON.parse(body)['csp-report'];
    const at = report['source-file'] ? ` at ${report['source-file']}:${report['line-number'] ?? '?'}` : '';
    return `${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri'] || 'inline'}${at}`;
  } catch {
    return `unreadable report: ${body.slice(0, 200)}`;
  }
}
