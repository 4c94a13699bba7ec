// Every named import between the page's modules names something the other
// module exports. A missing export stops the whole page from loading in the
// browser (the module graph fails to link); this finds it without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = fileURLToPath(new URL('../../web/', import.meta.url));

function modules(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []);
}

function exportedNames(source) {
  const names = new Set();
  for (const m of source.matchAll(/^export\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]);
  for (const m of source.matchAll(/^export\s*\{([^}]*)\}/gm)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  if (/^export\s+default\b/m.test(source)) names.add('default');
  return names;
}

function namedImports(source) {
  const out = [];
  for (const m of source.matchAll(/^import\s*\{([^}]*)\}\s*from\s*'(\.[^']+)'/gm)) {
    const names = m[1].split(',').map((p) => p.trim().split(/\s+as\s+/)[0]).filter(Boolean);
    out.push({ names, from: m[2] });
  }
  return out;
}

test('named imports between web modules resolve to real exports', () => {
  const problems = [];
  const files = modules(web);
  assert.ok(files.length > 20, 'the page has its modules');
  for (const file of files) {
    for (const { names, from } of namedImports(readFileSync(file, 'utf8'))) {
      const target = join(dirname(file), from);
      // The wasm glue is generated at build time (dist/); its exports are checked by the wasm tests.
      if (!existsSync(target)) {
        if (!from.includes('claimscope-core')) problems.push(`${relative(web, file)}: ${from} does not exist`);
        continue;
      }
      const exported = exportedNames(readFileSync(target, 'utf8'));
      for (const n of names) if (!exported.has(n)) problems.push(`${relative(web, file)}: ${from} has no export ${n}`);
    }
  }
  assert.deepEqual(problems, []);
});
