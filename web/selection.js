// Maps between the page's selection and offsets into the article text. Every
// paragraph element ([data-paragraph]) holds exactly its paragraph's text, so
// an offset inside it is the paragraph's start plus the characters before.

function paragraphOf(node) {
  const el = node instanceof Element ? node : node.parentElement;
  return el?.closest('[data-paragraph]') ?? null;
}

function offsetIn(paraEl, paraStart, node, offset) {
  const r = new Range();
  r.setStart(paraEl, 0);
  r.setEnd(node, offset);
  return paraStart + r.toString().length;
}

/**
 * The text span {start, end} selected inside `article`, or null.
 * paragraphStart(i) gives the start offset of paragraph i.
 */
export function selectedSpan(article, paragraphStart, selection = document.getSelection()) {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!article.contains(range.commonAncestorContainer)) return null;
  let startPara = paragraphOf(range.startContainer);
  let endPara = paragraphOf(range.endContainer);
  let start;
  let end;
  if (startPara) start = offsetIn(startPara, paragraphStart(Number(startPara.dataset.paragraph)), range.startContainer, range.startOffset);
  if (endPara) end = offsetIn(endPara, paragraphStart(Number(endPara.dataset.paragraph)), range.endContainer, range.endOffset);
  if (!startPara || !endPara) {
    // An end between paragraphs: take the nearest paragraph inside the range.
    const inside = [...article.querySelectorAll('[data-paragraph]')].filter((p) => range.intersectsNode(p));
    if (inside.length === 0) return null;
    if (!startPara) {
      startPara = inside[0];
      start = paragraphStart(Number(startPara.dataset.paragraph));
    }
    if (!endPara) {
      endPara = inside[inside.length - 1];
      end = paragraphStart(Number(endPara.dataset.paragraph)) + endPara.textContent.length;
    }
  }
  return start < end ? { start, end } : null;
}
