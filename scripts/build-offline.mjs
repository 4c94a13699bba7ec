// Builds dist/claimscope.html: the whole app in one file that works offline,
// opened from file:// (where browsers load no module, worker or wasm from
// other files).
//
// The page's modules, the single-file wasm module (wasm embedded as base64)
// and the sample article travel as a JSON data block. A small bootstrap
// script turns each into a blob: URL, rewriting the string literals that
// name another embedded file ('./worker.js', './claimscope.js',
// 'sample-article.txt') into that file's blob URL, then imports app.js; the
// worker does the same for its own modules. The
// CSP stays strict: the only inline script and style are allowed by hash,
// other scripts only from blob: URLs, which only this page's own script can make.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = `${root}web`;

function bootstrapSource() {
  // Runs in the browser. Kept free of any per-build value so its hash is stable.
  return `
const files = JSON.parse(document.getElementById('claimscope-files').textContent);
const urls = new Map();
const literal = /(['"])((?:\\.{1,2}\\/)*[\\w-]+(?:\\/[\\w-]+)*\\.(?:m?js|txt))\\1/g;
// The embedded file that \`ref\`, written in file \`from\`, names.
function resolve(from, ref) {
  const parts = from.split('/').slice(0, -1);
  for (const part of ref.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}
function urlFor(name) {
  if (urls.has(name)) return urls.get(name);
  let source = files[name];
  const isScript = /\\.m?js$/.test(name);
  if (isScript) {
    source = source.replace(literal, (whole, quote, ref) => {
      const target = resolve(name, ref);
      return target !== name && target in files ? quote + urlFor(target) + quote : whole;
    });
  }
  const url = URL.createObjectURL(new Blob([source], { type: isScript ? 'text/javascript' : 'text/plain;charset=utf-8' }));
  urls.set(name, url);
  return url;
}
// Chromium will not start a module worker from a blob: URL in a file:// page,
// and a worker cannot import blob: URLs the page made. So the worker is a
// classic script that makes its own blob: URLs and imports worker.js; it holds
// early messages until worker.js has set its handler.
const workerSource = [
  'const files = ' + JSON.stringify(files) + ';',
  'const urls = new Map();',
  'const literal = ' + literal + ';',
  String(resolve),
  String(urlFor),
  'const early = [];',
  'self.onmessage = (event) => early.push(event);',
  "import(urlFor('worker.js')).then(() => { for (const event of early) self.onmessage(event); });",
].join('\\n');
const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
urls.set('worker.js', workerUrl);
const NativeWorker = self.Worker;
self.Worker = function Worker(url, options) {
  return new NativeWorker(url, String(url) === workerUrl ? { ...options, type: 'classic' } : options);
};
import(urlFor('app.js'));
`;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Returns the offline page's HTML. `coreSingle` is the path of the single-file wasm module. */
export function buildOfflinePage(coreSingle) {
  const files = {};
  for (const f of readdirSync(web, { recursive: true })) {
    if (f.endsWith('.js') || f.endsWith('.mjs')) files[f.split(sep).join('/')] = readFileSync(`${web}/${f}`, 'utf8');
  }
  files['claimscope-core.mjs'] = readFileSync(coreSingle, 'utf8');
  files['sample-article.txt'] = readFileSync(`${web}/sample-article.txt`, 'utf8');
  const css = readFileSync(`${web}/style.css`, 'utf8');
  const icon = readFileSync(`${web}/favicon.svg`).toString('base64');
  const bootstrap = bootstrapSource();
  // "</" inside the data block would end the script element early.
  const data = JSON.stringify(files).replace(/<\//g, '<\\/');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(bootstrap)} blob: 'wasm-unsafe-eval'`,
    'worker-src blob:',
    `style-src ${sha256(css)}`,
    'img-src data:',
    'connect-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let html = readFileSync(`${web}/index.html`, 'utf8');
  const replace = (pattern, by, what) => {
    if (!pattern.test(html)) throw new Error(`offline page: index.html has no ${what}`);
    html = html.replace(pattern, () => by);
  };
  replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`, 'CSP meta tag');
  replace(/<link rel="icon" href="[^"]*"([^>]*)>/, `<link rel="icon" href="data:image/svg+xml;base64,${icon}" type="image/svg+xml">`, 'icon link');
  replace(/<link rel="stylesheet" href="[^"]*">/, `<style>${css}</style>`, 'stylesheet link');
  // The compare page is not part of the one-file app: drop the link to it.
  replace(/\s*<nav class="pages"[^>]*>.*?<\/nav>/s, '', 'link to the compare page');
  replace(
    /<script type="module" src="app\.js"><\/script>/,
    `<script type="application/json" id="claimscope-files">${data}</script>\n  <script type="module">${bootstrap}</script>`,
    'app.js script',
  );
  return html;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [core, out] = process.argv.slice(2);
  writeFileSync(out, buildOfflinePage(core));
}
