// The article aside's actor chips, made from the article's own mention links (issue 18, «a
// smaller dist/»): the body already links the first mention of every actor it names, with the
// actor's name as the link's text or tooltip, so the page carries each actor's link once, not
// twice. The section lists the actors' ids in rank order (`data-actor-order`); chips of actors
// the body does not link are written in the HTML. Without JavaScript the section stays hidden
// (when it has no chip) and the actors are the links in the text.

/** The actor id of an actor page link (`…/actors/<id>/`), else undefined. */
export function actorIdOfHref(href: string | null): string | undefined {
  return href ? /\/actors\/([^/?#]+)\/$/.exec(href)?.[1] : undefined;
}

/** Fills the chips of the section with `data-actor-order` in `root` (a document or a page part). */
export function fillActorChips(root: ParentNode & { ownerDocument?: Document | null }): void {
  const section = root.querySelector<HTMLElement>('[data-actor-order]');
  if (!section) return;
  const doc = section.ownerDocument;
  const mentions = new Map<string, HTMLAnchorElement>();
  for (const a of root.querySelectorAll<HTMLAnchorElement>('.article-body a[href]')) {
    const id = actorIdOfHref(a.getAttribute('href'));
    if (id && !mentions.has(id)) mentions.set(id, a);
  }
  let list = section.querySelector<HTMLUListElement>('ul.chips');
  if (!list) {
    list = doc.createElement('ul');
    list.className = 'chips';
    section.append(list);
  }
  const written = new Map<string, HTMLLIElement>();
  for (const a of list.querySelectorAll<HTMLAnchorElement>('li > a')) {
    const id = actorIdOfHref(a.getAttribute('href'));
    if (id) written.set(id, a.parentElement as HTMLLIElement);
  }
  for (const id of (section.dataset.actorOrder ?? '').split(' ').filter(Boolean)) {
    let li = written.get(id);
    const mention = mentions.get(id);
    if (!li && mention) {
      li = doc.createElement('li');
      const a = doc.createElement('a');
      a.setAttribute('href', mention.getAttribute('href')!);
      // The tooltip is the actor's name when the text says it otherwise («الروسي» → روسيا).
      a.textContent = mention.title || mention.textContent;
      li.append(a);
    }
    if (li) list.append(li); // appended in rank order, the written chips included
  }
  section.hidden = list.children.length === 0;
}
