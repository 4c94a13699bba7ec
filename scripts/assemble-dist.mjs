// Assembles dist/: the static site (web/ plus the WebAssembly module).
// Any static host can serve dist/ as it is.
import { cpSync, mkdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
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

// The offline app: one HTML file with everything inside (docs: README, "Offline").
const { buildOfflinePage } = await import('./build-offline.mjs');
writeFileSync(`${dist}/claimscope.html`, buildOfflinePage(`${wasm}/claimscope-core-single.mjs`));
