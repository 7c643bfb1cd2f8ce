// Each paragraph's tools, made from its id (issue 18, «a smaller dist/»): a ¶ link to the
// paragraph (`#p-<n>`) and, with a clipboard, a button that copies the paragraph's URL. Written
// into the HTML they were ~250 bytes per paragraph of every article of dist/; the ids stay in
// the HTML, so every paragraph's URL works without JavaScript.

/** Adds the tools to every `.article-body > p[id]` of `root` that has none yet. */
export function addParagraphTools(root: ParentNode & { ownerDocument?: Document | null }, clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard): void {
  for (const p of root.querySelectorAll<HTMLParagraphElement>('.article-body > p[id]')) {
    if (p.querySelector(':scope > .para__tools')) continue;
    const doc = p.ownerDocument;
    const id = p.id;
    const n = id.replace(/^p-/, '');
    const tools = doc.createElement('span');
    tools.className = 'para__tools';
    const link = doc.createElement('a');
    link.setAttribute('href', `#${id}`);
    link.setAttribute('aria-label', `رابط الفقرة ${n}`);
    link.textContent = '¶';
    tools.append(link);
    if (clipboard) tools.append(copyButton(doc, id, n, clipboard));
    // The space the template's line break made between the text and the ¶ when it was in the HTML.
    p.append(doc.createTextNode(' '), tools);
  }
}

function copyButton(doc: Document, id: string, n: string, clipboard: Pick<Clipboard, 'writeText'>): HTMLButtonElement {
  const btn = doc.createElement('button');
  btn.type = 'button';
  btn.className = 'para__copy';
  btn.dataset.copyPara = id;
  btn.setAttribute('aria-label', `انسخ رابط الفقرة ${n}`);
  btn.textContent = 'نسخ الرابط';
  btn.addEventListener('click', () => {
    const url = `${doc.location.href.split('#')[0]}#${id}`;
    clipboard.writeText(url).then(() => {
      btn.textContent = 'نُسخ ✓';
      setTimeout(() => { btn.textContent = 'نسخ الرابط'; }, 1500);
    }, () => {});
  });
  return btn;
}
