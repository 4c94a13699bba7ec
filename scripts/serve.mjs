// A small static server for dist/ on localhost, with the right MIME types
// (application/wasm lets the browser compile while downloading).
//   node scripts/serve.mjs [--port N] [--dir DIR] [--log-timing]
// --log-timing: a line on stderr per answer, "answer PATH ARRIVED FINISHED"
// (monotonic µs), for bench/page-first.mjs's waterfall.
import { createServer, get } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

// Every answer is kept in memory, its bytes and headers made once, and a
// file is read again only when its size or modification time changes (a
// rebuild): a page load asks for eight files at once, and opening a stream
// per file put a file-system round trip through libuv's thread pool in
// front of each answer, which on a busy machine waits. The whole directory
// is read before the server listens (`prepare`), so that no first request
// waits for a read either.
function responses() {
  const files = new Map();   // path -> {size, mtimeMs, bytes, headers}
  const load = (file, stat) => {
    const bytes = readFileSync(file);
    const headers = {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-length': bytes.length,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    const entry = { size: stat.size, mtimeMs: stat.mtimeMs, bytes, headers };
    files.set(file, entry);
    return entry;
  };
  return {
    /** The answer for `file` as it is now on disk. */
    get(file, stat) {
      const hit = files.get(file);
      if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit;
      return load(file, stat);
    },
    /**
     * Reads the files under `dir`, up to `budget` bytes in all (dist/ is a
     * few MB; a larger directory's other files are read when asked for, as
     * is a missing or unreadable one).
     */
    prepare(dir, budget = 64 * 2 ** 20) {
      for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath ?? entry.path, entry.name);
        try {
          const stat = statSync(file);
          if (stat.size > budget) continue;
          budget -= load(file, stat).bytes.length;
        } catch {
          // answered (or refused) when it is asked for
        }
      }
    },
  };
}

// Microseconds on the monotonic clock, which Chromium's traces use too on
// Linux, so a trace and the server's log line up (bench/page-first.mjs).
const nowUs = () => Number(process.hrtime.bigint() / 1000n);

// One request to itself before the server is announced: a fresh Node runs
// its accept, parse and answer paths for the first time on the browser's
// first request, which then took 2-5 ms in the handler instead of 0.3.
function warmUp(url) {
  return new Promise((ok) => {
    get(url, { agent: false }, (res) => res.resume().on('end', ok).on('error', ok)).on('error', ok);
  });
}

/**
 * Starts serving `dir` (read into memory first); resolves to {server, url}
 * once listening and warmed up. Port 0 picks a free one. `onAnswer(path,
 * arrivedUs, finishedUs)`, if given, hears of each answer (monotonic µs: when
 * the request was read, when the answer was handed to the system).
 */
export function serve(dir, port = 0, host = '127.0.0.1', { onAnswer } = {}) {
  const rootDir = resolve(dir);
  const answers = responses();
  answers.prepare(rootDir);
  const server = createServer((req, res) => {
    if (onAnswer) {
      const arrived = nowUs();
      res.once('finish', () => onAnswer(req.url, arrived, nowUs()));
    }
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
    let answer;
    try {
      answer = answers.get(file, stat);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, answer.headers);
    res.end(req.method === 'HEAD' ? undefined : answer.bytes);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, async () => {
      const { port: actual } = server.address();
      await warmUp(`http://${host.includes(':') ? `[${host}]` : host}:${actual}/`);
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
      const onAnswer = args.includes('--log-timing')
        ? (path, arrived, finished) => process.stderr.write(`answer ${path} ${arrived} ${finished}\n`)
        : undefined;
      const { url } = await serve(dir, port, '127.0.0.1', { onAnswer });
      console.log(`Claimscope is running at ${url}  (Ctrl+C to stop)`);
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || tries >= 20) throw err;
      port += 1;  // the usual port is taken: try the next one
    }
  }
}
