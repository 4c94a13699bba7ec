// Opening a shared link (#cs1.… or #csa1.…) on load and on hashchange. A link
// is decoded and checked in full before anything from it reaches the page: a
// cut or altered link shows only its message, never partial content. Local
// work that differs is replaced only after the reader agrees.
import { decodeShare, isShareFragment, ShareLinkError } from './share-codec.js';
import { unpackState, sameWork } from './share-state.js';
import { decodeAnchors, isAnchorsFragment, textHash } from './share-anchors.js';
import { confirmDialog } from './dialogs.js';

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * host: {getState(), hasWork() -> Promise<bool>, applyState(state), applyAnchors(anchors, text)}
 * Returns {open(fragment) -> Promise<bool>, afterResult(text)}.
 */
export function createLinkOpener(host, { message, dialog }) {
  let pending = null;   // an annotations-only link waiting for its article: {hash, count}

  function say(text, state) {
    message.textContent = text;
    message.dataset.state = state;
    message.hidden = text === '';
  }

  function forget() {
    // The link has done its job: a reload should show the saved work, not ask again.
    history.replaceState(null, '', location.pathname + location.search);
  }

  async function mayReplace(incoming) {
    if (!(await host.hasWork()) || (incoming && sameWork(host.getState(), incoming))) return true;
    const { annotations, corrections } = host.getState();
    const lost = ['the article in the text box'];
    if (annotations.length) lost.push(plural(annotations.length, 'highlight'));
    if (corrections.length) lost.push(plural(corrections.length, 'correction'));
    return confirmDialog(dialog, `Opening this link replaces your current work in this browser: ${lost.join(', ')}.`);
  }

  function refused(err) {
    let text = err instanceof ShareLinkError ? err.message : `This link could not be opened (${err?.message ?? err}).`;
    // An altered length field reads as a huge link: to the reader that is damage, not size.
    if (err?.kind === 'too-large') text = 'This link is damaged or too large: it claims to hold more than Claimscope accepts, so nothing from it is shown.';
    say(text, 'error');
    return false;
  }

  async function openFull(fragment) {
    let state;
    try {
      state = unpackState(await decodeShare(fragment));
    } catch (err) {
      return refused(err);
    }
    if (!(await mayReplace(state))) {
      forget();
      say('The shared view was not opened; your work is as it was.', 'info');
      return false;
    }
    forget();
    pending = null;
    say('', 'info');
    host.applyState(state);
    return true;
  }

  async function openAnchors(fragment) {
    let anchors;
    try {
      anchors = await decodeAnchors(fragment);
    } catch (err) {
      return refused(err);
    }
    if (!(await mayReplace(null))) {
      forget();
      say('The shared notes were not opened; your work is as it was.', 'info');
      return false;
    }
    forget();
    const current = host.getState().text;
    const same = current !== '' && (await textHash(current)) === anchors.hash;
    pending = { hash: anchors.hash, count: anchors.annotations.length + anchors.corrections.length };
    host.applyAnchors(anchors, same ? current : '');
    if (!same) {
      say(`This link holds ${plural(anchors.annotations.length, 'note')} and ${plural(anchors.corrections.length, 'correction')} for an article it does not include. Paste the same article in the text box to see them.`, 'info');
    }
    return true;
  }

  return {
    /** Opens a fragment if it is a Claimscope link; resolves true when the page now shows it. */
    async open(fragment) {
      if (isShareFragment(fragment)) return openFull(fragment);
      if (isAnchorsFragment(fragment)) return openAnchors(fragment);
      return false;
    },
    /** After each annotation: tells how an annotations-only link's notes attached. */
    async afterResult(text) {
      if (!pending) return;
      const { hash, count } = pending;
      pending = null;
      const { annotations, corrections } = host.getState();
      const lost = annotations.filter((a) => a.orphan).length + corrections.filter((c) => c.orphan).length;
      const same = (await textHash(text)) === hash;
      const head = same ? 'This is the article the notes were made on.' : 'This text differs from the article the notes were made on.';
      const tail = lost ? ` ${count - lost} of ${count} re-attached; ${lost} could not be found and are listed in Notes as no longer in the text.` : ` All ${count} re-attached.`;
      say(head + tail, lost ? 'error' : 'info');
    },
    say,
    mayReplace,
  };
}
