// The import: a Claimscope JSON file (the whole view) or a W3C Web
// Annotation file (the reader's highlights, attached to the article on the
// page by quote and position). A file is untrusted: it is checked in full
// and a bad one changes nothing and says why.
import { packState, unpackState } from './share-state.js';
import { fromW3C, textUrn } from './export/w3c.js';
import { describe } from './anchoring.js';
import { CLAIMSCOPE_FORMAT } from './file-export.js';

export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export class ImportError extends Error {}

const isW3C = (j) => {
  const ctx = j && !Array.isArray(j) ? [].concat(j['@context'] ?? []) : [];
  return ctx.some((c) => typeof c === 'string' && c.includes('www.w3.org/ns/anno'))
    || (Array.isArray(j) && j.length > 0 && j.every((a) => a && a.type === 'Annotation'));
};

/** A Claimscope file's state, checked field by field (the same checks as a share link). */
export function claimscopeState(json) {
  if (!json || json.format !== CLAIMSCOPE_FORMAT || json.v !== 1 || typeof json.text !== 'string') {
    throw new ImportError('This is not a Claimscope file (format "claimscope", version 1).');
  }
  try {
    const lists = (x) => (Array.isArray(x) ? x : []);
    const view = json.view && typeof json.view === 'object' ? json.view : {};
    const annotations = lists(json.annotations).map((a) => (a && typeof a === 'object' ? a : {}));
    const corrections = lists(json.corrections).map((c) => (c && typeof c === 'object' ? c : {}));
    const labels = Array.isArray(json.labels) && json.labels.length ? json.labels : undefined;
    return unpackState(packState({ text: json.text, annotations, corrections, labels, view: { layers: view.layers && typeof view.layers === 'object' ? view.layers : {}, sentences: view.sentences === true, speaker: view.speaker } }));
  } catch (err) {
    throw new ImportError(`This Claimscope file is damaged: ${err.message.replace(/^This link is damaged: /, '').replace(/, so nothing from it is shown\.$/, '')}. Nothing was changed.`);
  }
}

/** W3C annotations attached to `text`: {annotations (orphans included, marked), found, lost, sameSource}. */
export async function w3cAnnotations(json, text) {
  let result;
  try {
    result = fromW3C(json, text);
  } catch (err) {
    throw new ImportError(`${err.message} Nothing was changed.`);
  }
  const clip = (s, n) => String(s).slice(0, n);
  const annotations = result.annotations.map((a, i) => ({
    id: `w${i}`, ...describe(text, a.start, a.end), label: clip(a.label || 'verified', 80), note: clip(a.note, 20000),
  }));
  const orphans = result.orphans.filter((o) => o.exact).map((o, i) => ({
    id: `wo${i}`, exact: clip(o.exact, 20000), prefix: '', suffix: '', start: 0, end: 0, label: clip(o.label || 'verified', 80), note: clip(o.note, 20000), orphan: true,
  }));
  const items = Array.isArray(json) ? json : json.first?.items ?? json.items ?? [json];
  const source = items.find((a) => a && a.type === 'Annotation')?.target?.source;
  const sameSource = typeof source === 'string' && source === (await textUrn(text));
  return { annotations: annotations.concat(orphans), found: annotations.length, lost: orphans.length, sameSource };
}

/** Reads a File: resolves {kind: 'claimscope', state} or {kind: 'w3c', json}; throws ImportError. */
export async function readImport(file) {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError(`This file is too large to import (${Math.round(file.size / 1048576)} MB; at most 16 MB).`);
  let json;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new ImportError('This file is not JSON: choose a Claimscope file (.json) or a W3C annotation file (.jsonld).');
  }
  if (json && json.format === CLAIMSCOPE_FORMAT) return { kind: 'claimscope', state: claimscopeState(json) };
  if (isW3C(json)) return { kind: 'w3c', json };
  throw new ImportError('This file is neither a Claimscope file nor W3C Web Annotations. Nothing was changed.');
}

/**
 * Wires the file input. host: {getState(), applyState(state), applyAnnotations(list, labels),
 * mayReplace(state|null) -> Promise<bool>, say(text, state)}
 */
export function attachImport(host, input) {
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const got = await readImport(file);
      if (got.kind === 'claimscope') {
        if (!(await host.mayReplace(got.state))) return host.say('The file was not opened; your work is as it was.', 'info');
        host.applyState(got.state);
        host.say(`Opened ${file.name}.`, 'info');
        return;
      }
      const { text, annotations: current, labels } = host.getState();
      if (!text) throw new ImportError('W3C annotations hold no article: paste the article first, then import its annotations.');
      const w = await w3cAnnotations(got.json, text);
      if (current.length && !(await host.mayReplace(null))) return host.say('The file was not opened; your work is as it was.', 'info');
      const newLabels = labels.concat([...new Set(w.annotations.map((a) => a.label))].filter((l) => !labels.includes(l)));
      host.applyAnnotations(w.annotations, newLabels);
      const which = w.sameSource ? 'made on this article' : 'made on a different text';
      host.say(`Imported ${w.found} highlight${w.found === 1 ? '' : 's'} from ${file.name} (${which})${w.lost ? `; ${w.lost} could not be found and are listed in Notes as no longer in the text` : ''}.`, w.lost ? 'error' : 'info');
    } catch (err) {
      host.say(err instanceof ImportError ? err.message : `The file could not be opened (${err.message}).`, 'error');
    } finally {
      input.value = '';   // choosing the same file again is a new import
    }
  });
}
