// Assembles dist/: the static site (web/ plus the WebAssembly module).
// Any static host can serve dist/ as it is.
import { cpSync, mkdirSync, rmSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const wasm = `${root}build/wasm`;

for (const f of ['claimscope-core.mjs', 'claimscope-core.wasm', 'claimscope-core-single.mjs']) {
  if (!existsSync(`${wasm}/${f}`)) throw new Error(`missing ${wasm}/${f}: run the wasm build first`);
}
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(`${root}web`, dist, { recursive: true });
cpSync(`${wasm}/claimscope-core.mjs`, `${dist}/claimscope-core.mjs`);
cpSync(`${wasm}/claimscope-core.wasm`, `${dist}/claimscope-core.wasm`);

// The page's and the worker's module graphs, each joined into one module
// (dist/app.js, dist/worker.js, the latter with the Emscripten module in
// it). Served over HTTP/1.1 a browser fetches six files at a time from one
// host, so ~35 small modules cost several round trips before the page can
// start, and the worker's three levels of imports three more
// (bench/page-first.mjs shows the waterfall). Each module becomes
// a function scope returning its exports; its imports become destructuring
// of the modules before it. Only the forms web/ uses are handled (named
// imports, `export` before a declaration, Emscripten's default export);
// anything else stops the build.
// The other files stay in dist/ as they are (tests and the compare page
// import them one by one).
const IMPORT = /^import\s*(\{[^}]*\}|[\w$]+)\s*from\s*'(\.{1,2}\/[\w/.-]+\.m?js)';?[ \t]*$/gm;
const EXPORT = /^export\s+((?:async\s+)?function\*?|const|let|class)\s+([\w$]+)/gm;
const EXPORT_DEFAULT = /^export default ([\w$]+);?[ \t]*$/gm;   // as Emscripten writes it

function bundle(entry, external) {
  const order = [];
  const state = new Map();   // file -> 'visiting' | 'done'
  const visit = (file) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'visiting') throw new Error(`bundle: import cycle through ${file}`);
    state.set(file, 'visiting');
    for (const [, , spec] of readFileSync(`${dist}/${file}`, 'utf8').matchAll(IMPORT)) {
      const dep = posix.normalize(posix.join(posix.dirname(file), spec));
      if (!external.includes(dep)) visit(dep);
    }
    state.set(file, 'done');
    order.push(file);
  };
  visit(entry);
  const scope = (file) => `$module_${file.replace(/\W/g, '_')}`;
  const head = [];
  const parts = order.map((file) => {
    const exported = [];
    const body = readFileSync(`${dist}/${file}`, 'utf8')
      .replace(IMPORT, (whole, names, spec) => {
        const dep = posix.normalize(posix.join(posix.dirname(file), spec));
        if (external.includes(dep)) {
          head.push(`import ${names} from './${dep}';`);
          return '';
        }
        if (!names.startsWith('{')) return `const ${names} = ${scope(dep)}.default;`;
        return `const ${names.replace(/\s+as\s+/g, ': ')} = ${scope(dep)};`;
      })
      .replace(EXPORT, (whole, kind, name) => {
        exported.push(name);
        return `${kind} ${name}`;
      })
      .replace(EXPORT_DEFAULT, (whole, name) => {
        exported.push(`default: ${name}`);
        return '';
      });
    const left = body.match(/^\s*(import|export)\b[^(]/m);
    if (left) throw new Error(`bundle: ${file}: an import or export form the bundler does not handle: ${left[0]}`);
    return `// ---- ${file} ----\nconst ${scope(file)} = (() => {\n${body}\nreturn { ${exported.join(', ')} };\n})();\n`;
  });
  const names = new Set(head);
  return `// Built by scripts/assemble-dist.mjs from ${order.length} modules of web/.\n${[...names].join('\n')}\n${parts.join('\n')}`;
}
// boot.js stays its own module: it runs first (below), and once. The facade
// (claimscope.js with the Emscripten glue it imports) stays a file of its
// own too: the page and the worker both use it, and one file the browser
// caches ships once where a copy inside each bundle shipped twice.
const EXTERNAL = ['boot.js', 'claimscope.js'];
writeFileSync(`${dist}/app.js`, bundle('app.js', EXTERNAL));
writeFileSync(`${dist}/worker.js`, bundle('worker.js', EXTERNAL));

// boot.js (no imports of its own) runs as soon as the HTML is parsed, while
// app.js still loads: it starts the worker, the wasm compile and the
// sample's download. Placed before the stylesheet, it does not wait for it
// either; the two downloads are announced by preload links, which the
// browser starts while it parses, before any script runs (boot.js's fetch()
// calls then take those responses). Only here: the offline page imports
// boot.js through app.js and has no files to fetch.
const page = readFileSync(`${dist}/index.html`, 'utf8');
const sheet = '<link rel="stylesheet" href="style.css">';
if (!page.includes(sheet)) throw new Error('dist/index.html: the stylesheet link moved; update assemble-dist.mjs');
const early = [
  '<link rel="preload" href="claimscope-core.wasm" as="fetch" type="application/wasm" crossorigin>',
  '<link rel="preload" href="sample-article.txt" as="fetch" crossorigin>',
  '<link rel="modulepreload" href="claimscope.js">',
  '<link rel="modulepreload" href="claimscope-core.mjs">',
  '<script type="module" src="boot.js"></script>',
  sheet,
];
writeFileSync(`${dist}/index.html`, page.replace(sheet, early.join('\n  ')));

// The offline app: one HTML file with everything inside (docs: README, "Offline").
const { buildOfflinePage } = await import('./build-offline.mjs');
writeFileSync(`${dist}/claimscope.html`, buildOfflinePage(`${wasm}/claimscope-core-single.mjs`));
