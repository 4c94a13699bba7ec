// Connects the page to sharing: link opening (share-open.js), the Share panel
// (share-panel.js), the Export buttons (file-export.js) and the import
// (file-import.js). `page` is what app.js lends: the work, the article, the
// text box, the view settings and pressed speaker, and show(state) to put a
// whole state on the page.
import { createLinkOpener } from './share-open.js';
import { attachSharePanel } from './share-panel.js';
import { attachExports } from './file-export.js';
import { attachImport } from './file-import.js';

const $ = (id) => document.getElementById(id);

export function createSharing(page) {
  let sample = null;
  const shareMessage = $('share-message');

  const host = {
    /** The view as it stands: the annotated text (or the box's, before any result) and the work on it. */
    getState() {
      const text = page.work.text || page.inputText;
      return { text, ...page.work.snapshot(), view: { ...page.getView(), speaker: page.speaker } };
    },
    /** True when replacing the page's work would lose something (the untouched sample is no loss). */
    async hasWork() {
      const { annotations, corrections } = page.work.snapshot();
      const input = page.inputText;
      if (annotations.length > 0 || corrections.length > 0) return true;
      if (input.trim() === '') return false;
      if (sample == null) {
        // A link opened on load comes before the sample is fetched; the saved text may be that sample.
        try {
          const res = await fetch('sample-article.txt');
          if (res.ok) sample = await res.text();
        } catch {
          // No sample to compare with: the text counts as work.
        }
      }
      return input !== sample;
    },
    get doc() { return page.work.doc; },
    article: page.article,
    applyState: (state) => page.show(state),
    applyAnchors(anchors, text) {
      page.show({ text, annotations: anchors.annotations, corrections: anchors.corrections, labels: anchors.labels, view: anchors.view }, { annotate: text !== '' });
    },
    applyAnnotations(annotations, labels) {
      const s = host.getState();
      page.show({ ...s, annotations, labels });
    },
    say(text, state) {
      shareMessage.textContent = text;
      shareMessage.dataset.state = state;
    },
  };

  const opener = createLinkOpener(host, { message: $('link-message'), dialog: $('open-link-dialog') });
  host.mayReplace = (incoming) => opener.mayReplace(incoming);
  attachSharePanel(host, {
    copy: $('copy-share'),
    copyAnchors: $('copy-anchors'),
    channel: $('share-channel'),
    meter: $('share-meter'),
    field: $('share-link'),
    fieldLabel: $('share-link-label'),
    message: shareMessage,
  });
  attachExports(host, $('share-heading').parentElement);
  attachImport(host, $('import-file'));

  return {
    openLink: (fragment) => opener.open(fragment),
    afterResult: (text) => opener.afterResult(text),
    setSample(s) { sample = s; },
  };
}
