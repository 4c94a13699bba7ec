// The Share panel: "Copy share link", the size meter (link length and the
// channels it fits, in words and symbols, not colour alone), and the
// annotations-only link for articles too long to carry. The link goes to the
// clipboard; when the browser refuses, the read-only field holds it to copy by hand.
import { encodeShare } from './share-codec.js';
import { packState } from './share-state.js';
import { encodeAnchors } from './share-anchors.js';

// Practical limits of where links get pasted (bytes; a link is ASCII, so also characters).
export const CHANNELS = Object.freeze([
  { id: 'email', name: 'Email (safe)', max: 2000 },
  { id: 'sms', name: 'SMS / QR code', max: 2900 },
  { id: 'slack', name: 'Slack', max: 4000 },
  { id: 'x', name: 'X / Telegram', max: 4096 },
]);
const REFRESH_PAUSE_MS = 500;
// Text this long (UTF-16 units) deflates to a link over 4,096 bytes: news English packs about 3 to 1.
const LONG_TEXT = 50000;
const fmt = (n) => n.toLocaleString('en');

/** Which channels a link of `length` bytes fits. */
export function channelFits(length) {
  return CHANNELS.map((c) => ({ ...c, fits: length <= c.max }));
}

/** host: {getState()}; els: {copy, copyAnchors, channel, meter, field, fieldLabel, message} */
export function attachSharePanel(host, els) {
  let timer = 0;
  let generation = 0;
  // The page's own address without its fragment (file:// pages have no origin to speak of).
  const base = () => location.href.replace(/#.*$/, '') + '#';

  // The meter skips packing a long article (it cannot fit any channel, and
  // compressing a megabyte after every click would make the page stutter).
  async function links({ measureLong = false } = {}) {
    const state = host.getState();
    const long = !measureLong && state.text.length > LONG_TEXT;
    const [full, anchors] = await Promise.all([
      long ? { long: state.text.length } : encodeShare(packState(state)).then((f) => base() + f, (err) => ({ error: err.message })),
      encodeAnchors(state).then((f) => base() + f, (err) => ({ error: err.message })),
    ]);
    return { state, full, anchors };
  }

  function chosen() {
    return CHANNELS.filter((c) => els.channel.value === 'any' || c.id === els.channel.value);
  }

  function drawMeter({ state, full, anchors }) {
    const d = els.meter.ownerDocument;
    const out = [];
    const line = (text, className) => {
      const p = d.createElement('p');
      p.textContent = text;
      if (className) p.className = className;
      out.push(p);
      return p;
    };
    if (full.long) {
      line(`✗ Share link: far too long for email, SMS, Slack or X (the article has ${fmt(full.long)} characters). Copy share link still makes it, for places that take long links.`, 'meter-advice');
    } else if (typeof full !== 'string') {
      line(`✗ ${full.error}`, 'meter-problem');
    } else {
      const n = full.length;
      line(`Share link: ${fmt(n)} characters (${fmt(n)} bytes).`, 'meter-size');
      const list = d.createElement('ul');
      list.className = 'meter-channels';
      for (const c of channelFits(n)) {
        const item = d.createElement('li');
        item.dataset.fits = String(c.fits);
        item.textContent = c.fits ? `✓ ${c.name} (up to ${fmt(c.max)}): fits` : `✗ ${c.name} (up to ${fmt(c.max)}): too long by ${fmt(n - c.max)}`;
        list.append(item);
      }
      out.push(list);
      const tooLong = chosen().filter((c) => n > c.max);
      if (tooLong.length) {
        const where = tooLong.map((c) => c.name).join(', ');
        const alt = typeof anchors === 'string' ? ` The annotations-only link is ${fmt(anchors.length)} characters: the recipient pastes the same article.` : '';
        line(`⚠ Too long for ${where}.${alt} Or export a file below.`, 'meter-advice');
      }
    }
    if (typeof anchors === 'string') {
      const notes = state.annotations.filter((a) => !a.orphan).length;
      line(`Annotations-only link: ${fmt(anchors.length)} characters, ${notes} highlight${notes === 1 ? '' : 's'}, no article text.`, 'meter-size');
    }
    els.meter.replaceChildren(...out);
  }

  // aria-busy while a change waits to be measured: what the meter shows is
  // then an earlier state's (assistive technology and tests wait for it).
  async function refresh(options) {
    clearTimeout(timer);
    const mine = ++generation;
    els.meter.setAttribute('aria-busy', 'true');
    const result = await links(options);
    if (mine === generation) {
      drawMeter(result);
      els.meter.removeAttribute('aria-busy');
    }
    return result;
  }

  function later() {
    clearTimeout(timer);
    els.meter.setAttribute('aria-busy', 'true');
    timer = setTimeout(refresh, REFRESH_PAUSE_MS);
  }

  async function copy(which) {
    const result = await refresh({ measureLong: which === 'full' });
    const link = result[which];
    if (typeof link !== 'string') {
      els.message.textContent = link.error;
      els.message.dataset.state = 'error';
      return;
    }
    els.field.value = link;
    els.field.hidden = false;
    els.fieldLabel.hidden = false;
    const what = which === 'full' ? 'Share link' : 'Annotations-only link';
    try {
      await navigator.clipboard.writeText(link);
      els.message.textContent = `${what} copied (${fmt(link.length)} characters).`;
    } catch {
      els.message.textContent = `${what} ready, but the browser did not allow copying: select the link in the field and copy it by hand.`;
      els.field.focus();
      els.field.select();
    }
  }

  els.copy.addEventListener('click', () => copy('full'));
  els.copyAnchors.addEventListener('click', () => copy('anchors'));
  els.channel.addEventListener('change', () => refresh());
  els.field.addEventListener('focus', () => els.field.select());
  // Any change the reader makes (typing, highlights, the legend, a speaker) can change the link.
  const root = els.meter.ownerDocument;
  for (const type of ['input', 'change', 'click', 'keyup']) root.addEventListener(type, later, { passive: true });

  return { refresh: later };
}
