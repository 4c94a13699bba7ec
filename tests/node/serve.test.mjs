// scripts/serve.mjs, the local server `npm start` runs: what it answers for
// a small directory of its own, and that a file changed after start-up (a
// rebuild) is served as it is now, not as it was read at start-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

async function withServer(files, check) {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-serve-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const { server, url } = await serve(dir, 0);
  try {
    await check(url, dir);
  } finally {
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
}

test('answers each file with its type, length and headers; / is index.html', async () => {
  await withServer({ 'index.html': '<!doctype html><p>page</p>', 'app.js': 'export const x = 1;\n', 'sub/core.wasm': '\0asm' }, async (url) => {
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await page.text(), '<!doctype html><p>page</p>');
    const script = await fetch(`${url}app.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(script.headers.get('content-length'), String('export const x = 1;\n'.length));
    assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(script.headers.get('cache-control'), 'no-cache');
    const wasm = await fetch(`${url}sub/core.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.deepEqual(new Uint8Array(await wasm.arrayBuffer()), new Uint8Array([0, 0x61, 0x73, 0x6d]));
    const head = await fetch(`${url}app.js`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-length'), String('export const x = 1;\n'.length));
    assert.equal(await head.text(), '');
  });
});

test('refuses what is not a file inside the directory', async () => {
  await withServer({ 'index.html': 'x' }, async (url) => {
    assert.equal((await fetch(`${url}missing.js`)).status, 404);
    assert.equal((await fetch(`${url}..%2f..%2f..%2fetc%2fpasswd`)).status, 403);
    assert.equal((await fetch(`${url}%E0%A4%A`)).status, 400);
  });
});

test('a file changed or added after start-up is served as it is now', async () => {
  await withServer({ 'index.html': 'before', 'app.js': 'old' }, async (url, dir) => {
    assert.equal(await (await fetch(`${url}app.js`)).text(), 'old');
    writeFileSync(join(dir, 'app.js'), 'new and longer');
    assert.equal(await (await fetch(`${url}app.js`)).text(), 'new and longer');
    // Same size: the modification time tells the change.
    writeFileSync(join(dir, 'index.html'), 'after!');
    const later = new Date(Date.now() + 5000);
    utimesSync(join(dir, 'index.html'), later, later);
    assert.equal(await (await fetch(url)).text(), 'after!');
    writeFileSync(join(dir, 'added.txt'), 'added');
    assert.equal(await (await fetch(`${url}added.txt`)).text(), 'added');
    rmSync(join(dir, 'app.js'));
    assert.equal((await fetch(`${url}app.js`)).status, 404);
  });
});
