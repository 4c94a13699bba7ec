// Assembles dist/: the static site (web/ plus the WebAssembly module).
// Any static host can serve dist/ as it is.
import { cpSync, mkdirSync, rmSync, existsSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

// Module preload hints for the page's static import graph: the browser then
// fetches every module at once instead of one level of imports at a time,
// which brings the first annotation sooner (bench/page-bench.mjs).
function importGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(`${dist}/${file}`, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'\.\/([\w-]+\.m?js)'/gm)) visit(m[1]);
  };
  visit(entry);
  seen.delete(entry);
  return [...seen];
}
const entry = '<script type="module" src="app.js"></script>';
const page = readFileSync(`${dist}/index.html`, 'utf8');
if (!page.includes(entry)) throw new Error('dist/index.html: the app.js script tag moved; update assemble-dist.mjs');
const hints = importGraph('app.js').map((f) => `<link rel="modulepreload" href="${f}">`).join('\n  ');
writeFileSync(`${dist}/index.html`, page.replace(entry, `${hints}\n  ${entry}`));

// The offline app: one HTML file with everything inside (docs: README, "Offline").
const { buildOfflinePage } = await import('./build-offline.mjs');
writeFileSync(`${dist}/claimscope.html`, buildOfflinePage(`${wasm}/claimscope-core-single.mjs`));
