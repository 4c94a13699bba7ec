// Assembles dist/: the static site (web/ plus the WebAssembly module).
// Any static host can serve dist/ as it is.
import { cpSync, mkdirSync, rmSync, existsSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { createHash } from 'node:crypto';

const root = fileURLToPath(new URL('..', import.meta.url));
// --out DIR and --wasm DIR (another build of the module) make a second dist/ to measure against.
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = opt('--out', `${root}dist`);
const wasm = opt('--wasm', `${root}build/wasm`);

// Two modules of the same core: the index page's (claimscope-core) and the
// compare page's (claimscope-compare: also compare()). One glue, the
// former's (joined into the facade below), makes both: the two import the
// same functions under whole names (CMakeLists.txt, -lexports.js), so the
// compare page does not download a second glue (~6 KB of gzip). The build
// stops if the compare module ever needs an import the glue lacks.
const MODULES = ['claimscope-core.mjs', 'claimscope-core.wasm', 'claimscope-compare.wasm'];
for (const f of [...MODULES, 'claimscope-core-single.mjs']) {
  if (!existsSync(`${wasm}/${f}`)) throw new Error(`missing ${wasm}/${f}: run the wasm build first`);
}
const linkage = (f) => {
  const compiled = new WebAssembly.Module(readFileSync(`${wasm}/${f}`));
  const names = (list) => list.map(({ module, name, kind }) => `${module ? `${module}.` : ''}${name} (${kind})`);
  return { imports: names(WebAssembly.Module.imports(compiled)), exports: names(WebAssembly.Module.exports(compiled)) };
};
const [glued, other] = [linkage('claimscope-core.wasm'), linkage('claimscope-compare.wasm')];
const missing = [...other.imports.filter((i) => !glued.imports.includes(i)), ...glued.exports.filter((e) => !other.exports.includes(e))];
if (missing.length) throw new Error(`claimscope-compare.wasm does not fit the page's glue (imports it needs, exports the glue reads): ${missing.join(', ')}`);
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
cpSync(`${root}web`, dist, { recursive: true });
for (const f of MODULES) cpSync(`${wasm}/${f}`, `${dist}/${f}`);

// Emscripten's glue, compressed: without the closure compiler (Debian's
// emscripten lacks it) emcc only strips its whitespace, and it keeps code
// for environments the page never is, checks that fold away and long local
// names. terser's compress and mangle (safe options, function names kept:
// Embind names its classes and functions) take ~1 KB of gzip off the facade
// (which carries the page's glue) and ~1.8 KB off the compare page's glue
// (bench/speed-history.md, bytes107). Generated code only: web/'s own scripts
// are minified below without rewriting. `export default Module;` stays on a
// line of its own, where the bundler reads it.
const { minify } = await import('terser');
for (const f of MODULES.filter((name) => name.endsWith('.mjs'))) {
  const glue = readFileSync(`${dist}/${f}`, 'utf8');
  const { code } = await minify(glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: { keep_fnames: true, keep_classnames: true }, format: { comments: false } });
  const exported = /;?export default ([\w$]+);?$/;
  if (!exported.test(code)) throw new Error(`${f}: the glue's default export not found after minifying; update assemble-dist.mjs`);
  writeFileSync(`${dist}/${f}`, `${code.replace(exported, ';\nexport default $1;')}\n`);
}

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

function bundle(entry, external, { exportEntry = false } = {}) {
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
  let entryExports = [];
  const parts = order.map((file) => {
    const exported = [];
    if (file === entry) entryExports = exported;
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
  // A bundle other modules import (the facade) exports what its entry exported.
  let tail = '';
  if (exportEntry) {
    if (entryExports.some((name) => name.startsWith('default'))) throw new Error(`bundle: ${entry}: a default export is not re-exported`);
    tail = `export const { ${entryExports.join(', ')} } = ${scope(entry)};\n`;
  }
  return `// Built by scripts/assemble-dist.mjs from ${order.length} modules of web/.\n${[...names].join('\n')}\n${parts.join('\n')}${tail}`;
}
// boot.js stays its own module: it runs first (below), and once. The facade
// (claimscope.js) stays a file of its own too: the page and the worker both
// use it, and one file the browser caches ships once where a copy inside
// each bundle shipped twice. The Emscripten glue it imports is joined into
// it: one request less at start-up, where the glue was a file of its own.
const EXTERNAL = ['boot.js', 'claimscope.js'];
writeFileSync(`${dist}/app.js`, bundle('app.js', EXTERNAL));
writeFileSync(`${dist}/worker.js`, bundle('worker.js', EXTERNAL));
writeFileSync(`${dist}/claimscope.js`, bundle('claimscope.js', [], { exportEntry: true }));

// The scripts the page loads, as shipped: without comments and indentation
// (terser, with no rewriting of code: what runs is web/'s code as written).
// Local variable names are shortened (another 12% of the scripts' gzip);
// module-level names, function and class names and properties keep theirs,
// so stack traces and the console still read as web/. A third fewer bytes
// over the wire; web/ keeps the readable source, and the page's bytes have a
// budget (docs/benchmarks.md).
// The scripts of the page's start (boot.js, the facade, app.js) carry V8's
// compile hint `//# allFunctionsCalledOnLoad`: Chromium then compiles all
// their functions on a background thread while it streams them in, instead
// of each on the main thread at its first call, where the sample's first
// annotation and render paid for most of them (main-thread CPU to the
// painted mark 83 -> 73 ms; bench/page-first.mjs --cpu; docs/web.md, "Start-up").
// The compare page's scripts stay files of their own (its modules import
// one another, and share-codec.js imports the facade by its path) and are
// minified the same way: 11.0 -> 7.2 KB gzip (bytes136).
const CALLED_ON_LOAD = ['app.js', 'claimscope.js', 'boot.js'];
const COMPARE_PAGE = readdirSync(`${dist}/compare`).filter((f) => f.endsWith('.js')).map((f) => `compare/${f}`);
for (const file of ['app.js', 'worker.js', 'claimscope.js', 'boot.js', ...COMPARE_PAGE, 'share-codec.js']) {
  const source = readFileSync(`${dist}/${file}`, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: false, mangle: { toplevel: false, keep_fnames: true, keep_classnames: true }, format: { comments: false, ascii_only: true, quote_style: 3 } });
  writeFileSync(`${dist}/${file}`, CALLED_ON_LOAD.includes(file) ? `//# allFunctionsCalledOnLoad\n${code}` : code);
}

// dist/index.html: what the first annotation waits for comes as early as it
// can, in as few requests as it can (bench/page-first.mjs prints the
// waterfall; docs/web.md, "Start-up").
// - boot.js (no imports of its own) runs as soon as the HTML is parsed,
//   while app.js still loads: it compiles the wasm and annotates the sample.
//   The wasm and the facade are announced by preload links, which the
//   browser starts while it parses, before any script runs.
// - The stylesheet is inline (allowed by its hash in the CSP): the browser
//   styles and lays out the page's frame as soon as the HTML is parsed,
//   while the scripts and the wasm are still on their way. As a file of its
//   own it came with them, and that first layout (fonts, the whole frame;
//   30-90 ms on a busy machine) then held up the scripts.
// - The sample article is in the HTML as a <template> (inert text; boot.js
//   reads it): one request less. It is only the text, never its annotation,
//   which the page makes each time.
// Only here: the offline page has its own (build-offline.mjs), and
// web/index.html stays free of inline code for development.
let page = readFileSync(`${dist}/index.html`, 'utf8');
const cspMeta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
const sheet = '<link rel="stylesheet" href="style.css">';
const appScript = '<script type="module" src="app.js"></script>';
for (const [what, found] of [['CSP meta tag', cspMeta.test(page)], ['stylesheet link', page.includes(sheet)], ['app.js script', page.includes(appScript)]]) {
  if (!found) throw new Error(`dist/index.html: no ${what}; update assemble-dist.mjs`);
}
// The inline copy leaves out the stylesheet's comments and the spaces
// around its punctuation: they are for its readers, and the HTML's bytes
// count in the page's 250 KB budget.
const css = compact(withoutComments(readFileSync(`${dist}/style.css`, 'utf8')));
if (css.includes('</')) throw new Error('style.css: "</" would end the inline <style> early');
// The compare page loads the stylesheets as files, compact as above; its
// copy of style.css (dist/style.css: the index page has the whole sheet
// inline) leaves out the rules marked as the index page's only (6.5 -> 1.4 KB
// gzip; bench/speed-history.md, bytes136).
writeFileSync(`${dist}/style.css`, compact(withoutComments(withoutIndexOnly(readFileSync(`${dist}/style.css`, 'utf8')))));
writeFileSync(`${dist}/compare/compare.css`, compact(withoutComments(readFileSync(`${dist}/compare/compare.css`, 'utf8'))));
const sample = readFileSync(`${dist}/sample-article.txt`, 'utf8');
// The HTML parser turns CR and CRLF into LF and NUL into U+FFFD: the sample must need neither.
if (/[\r\0]/.test(sample)) throw new Error('sample-article.txt: a CR or NUL would not survive the HTML');
// CSS comments removed, strings kept whole (a "/*" in a string is text);
// then the blank lines and trailing spaces they leave.
function withoutComments(text) {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new Error('style.css: unclosed comment');
      i = end + 2;
    } else if (text[i] === '"' || text[i] === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== text[i]) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += text[i++];
    }
  }
  return out.replace(/[ \t]+$/gm, '').replace(/\n{2,}/g, '\n');
}
// style.css without the runs between "/* [index page only] */" and
// "/* [/index page only] */" (markers on lines of their own, never nested).
function withoutIndexOnly(text) {
  const marked = /^[ \t]*\/\* \[(\/?)index page only\] \*\/[ \t]*$/gm;
  let out = '';
  let from = 0;
  let open = -1;
  for (const m of text.matchAll(marked)) {
    if ((open < 0) !== (m[1] === '')) throw new Error(`style.css: an unpaired "${m[0].trim()}"`);
    if (open < 0) {
      out += text.slice(from, m.index);
      open = m.index;
    } else {
      from = m.index + m[0].length;
      open = -1;
    }
  }
  if (open >= 0) throw new Error('style.css: "[index page only]" not closed');
  return out + text.slice(from);
}
// Runs of white space as one space, none around { } ; , >; strings kept
// whole. Never around ":" ("a :hover" and "a:hover" differ) or "+", "-"
// (calc() needs them).
function compact(text) {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] === '"' || text[i] === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== text[i]) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (/\s/.test(text[i])) {
      while (i < text.length && /\s/.test(text[i])) i++;
      const prev = out[out.length - 1];
      if (prev !== undefined && !'{};,>'.includes(prev) && !'{};,>'.includes(text[i] ?? '}')) out += ' ';
    } else {
      out += text[i++];
    }
  }
  return out;
}
// The page's own markup without the indentation of its lines (a line break
// stays, so the text reads the same): only where no element keeps white
// space as written.
function withoutIndentation(html) {
  if (/<(pre|script|style)\b[^>]*>[^<]/.test(html) || /<textarea\b[^>]*>[^<]/.test(html)) {
    throw new Error('dist/index.html: an element whose white space matters; update withoutIndentation');
  }
  return html.replace(/\n[ \t]+/g, '\n');
}
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
page = withoutIndentation(page)
  .replace(cspMeta, (whole, policy) => {
    if (!/style-src 'self'(;|$)/.test(policy)) throw new Error(`dist/index.html: unexpected style-src in ${policy}`);
    return whole.replace("style-src 'self'", `style-src 'self' ${sha256(css)}`);
  })
  .replace(sheet, () => [
    '<link rel="preload" href="claimscope-core.wasm" as="fetch" type="application/wasm" crossorigin>',
    '<link rel="modulepreload" href="claimscope.js">',
    '<script type="module" src="boot.js"></script>',
    `<style>${css}</style>`,
  ].join('\n'))
  .replace(appScript, () => `${appScript}\n<template id="sample-article">${escapeText(sample)}</template>`);
writeFileSync(`${dist}/index.html`, page);

// The offline app: one HTML file with everything inside (docs: README, "Offline").
const { buildOfflinePage } = await import('./build-offline.mjs');
writeFileSync(`${dist}/claimscope.html`, buildOfflinePage(`${wasm}/claimscope-core-single.mjs`));
