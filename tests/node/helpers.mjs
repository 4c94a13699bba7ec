// Shared helpers for the Node tests: paths, the CLI, offset conversion.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cliPath = `${root}build/native/claimscope`;
export const sharedDir = process.env.CLAIMSCOPE_SHARED || `${root}../shared`;

/** Runs the CLI with `args` and `input`; returns {status, stdout, stderr}. */
export function runCli(args, input = '') {
  const r = spawnSync(cliPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI's JSON document for `text` (offsets in code points). */
export function cliAnnotate(text, extra = []) {
  return JSON.parse(execFileSync(cliPath, extra, { input: text, encoding: 'utf8', maxBuffer: 1 << 30 }));
}

/** The project's fixture articles, as [{name, text}]. */
export function fixtures() {
  const dir = `${root}tests/fixtures`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/** The user's sample articles from ../shared/samples (empty when shared/ is absent). */
export function samples() {
  const dir = `${sharedDir}/samples`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/** Maps code-point offsets of `text` to UTF-16 code-unit offsets. */
export function codePointToUtf16(text) {
  const table = [0];
  let units = 0;
  for (const ch of text) {
    units += ch.length;
    table.push(units);
  }
  return (cp) => (cp < table.length ? table[cp] : units + (cp - (table.length - 1)));
}

/** Deep-copies a document, converting every start/end/length with `map`. */
export function convertOffsets(value, map) {
  if (Array.isArray(value)) return value.map((v) => convertOffsets(v, map));
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = (k === 'start' || k === 'end' || k === 'length') && typeof v === 'number' ? map(v) : convertOffsets(v, map);
    }
    return out;
  }
  return value;
}
