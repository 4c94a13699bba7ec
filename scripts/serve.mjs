// A small static server for dist/ on localhost, with the right MIME types
// (application/wasm lets the browser compile while downloading).
//   node scripts/serve.mjs [--port N] [--dir DIR]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

// Files are kept in memory once read, and read again only when their size or
// modification time changes (a rebuild): a page load asks for eight files at
// once, and opening a stream per file put a file-system round trip through
// libuv's thread pool in front of each answer, which on a busy machine waits.
function cachedReader() {
  const files = new Map();   // path -> {size, mtimeMs, bytes}
  return (file, stat) => {
    const hit = files.get(file);
    if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit.bytes;
    const bytes = readFileSync(file);
    files.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, bytes });
    return bytes;
  };
}

/** Starts serving `dir`; resolves to {server, url} once listening. Port 0 picks a free one. */
export function serve(dir, port = 0, host = '127.0.0.1') {
  const rootDir = resolve(dir);
  const read = cachedReader();
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(rootDir, path));
    if (file !== rootDir && !file.startsWith(rootDir + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    let stat;
    try {
      stat = statSync(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (!stat.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let bytes;
    try {
      bytes = read(file, stat);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      ok({ server, url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = opt('--dir', fileURLToPath(new URL('../dist', import.meta.url)));
  let port = Number(opt('--port', process.env.PORT || 8080));
  for (let tries = 0; ; tries++) {
    try {
      const { url } = await serve(dir, port);
      console.log(`Claimscope is running at ${url}  (Ctrl+C to stop)`);
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || tries >= 20) throw err;
      port += 1;  // the usual port is taken: try the next one
    }
  }
}
