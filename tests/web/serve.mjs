// A tiny static file server for the built site, bound to 127.0.0.1 (tests, budget, main job).
// Usage as a program: node serve.mjs SITE_DIR [PORT]   (PORT 0 = any free port)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
};

/** Serve \p root on 127.0.0.1:\p port; resolves to {server, url, requests} once listening. */
export function serve(root, port = 0) {
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push({ method: req.method, path, at: Date.now() });
    const file = normalize(join(base, path === '/' ? 'index.html' : path));
    if (!file.startsWith(base)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
                           'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => {
    ok({ server, url: `http://127.0.0.1:${server.address().port}/`, requests });
  }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  if (!root) { console.error('usage: node serve.mjs SITE_DIR [PORT]'); process.exit(2); }
  const { url } = await serve(root, Number(process.argv[3] || 8080));
  console.log(`robot-bailiff web app: ${url}  (Ctrl-C to stop)`);
}
