// The article aside's actor chips, made from the article's own mention links (issue 18, «a
// smaller dist/»): the body already links the first mention of every actor it names, with the
// actor's name as the link's text or tooltip, so the page carries each actor's link once, not
// twice. Chips of actors the body does not link are written in the HTML. The section gives the
// rank order as positions (`data-actor-order="2 0 3 1"`) in the list of the body's linked actors
// (in the order of their first mention) followed by the written chips: a few bytes where the ids
// were ~14 each (actorOrderPositions). Without JavaScript the section stays hidden (when it has
// no chip) and the actors are the links in the text.

/** The actor id of an actor page link (`…/actors/<id>/`), else undefined. */
export function actorIdOfHref(href: string | null): string | undefined {
  return href ? /\/actors\/([^/?#]+)\/$/.exec(href)?.[1] : undefined;
}

/**
 * The `data-actor-order` of a page: `ranked` (actor ids, in rank order) as positions in the list
 * of `linked` (the ids the body links, in the order of their first mention) followed by the ids
 * whose chips are written (the ranked ids not in `linked`, in rank order).
 */
export function actorOrderPositions(ranked: string[], linked: string[]): string {
  const linkedSet = new Set(linked);
  const all = [...linked, ...ranked.filter((id) => !linkedSet.has(id))];
  const position = new Map(all.map((id, i) => [id, i]));
  return ranked.flatMap((id) => position.get(id) ?? []).join(' ');
}

/** Fills the chips of the section with `data-actor-order` in `root` (a document or a page part). */
export function fillActorChips(root: ParentNode & { ownerDocument?: Document | null }): void {
  const section = root.querySelector<HTMLElement>('[data-actor-order]');
  if (!section) return;
  const doc = section.ownerDocument;
  // The chips in the order the positions count them: the body's linked actors, then the written ones.
  const items: HTMLLIElement[] = [];
  const seen = new Set<string>();
  for (const a of root.querySelectorAll<HTMLAnchorElement>('.article-body a[href]')) {
    const id = actorIdOfHref(a.getAttribute('href'));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const li = doc.createElement('li');
    const chip = doc.createElement('a');
    chip.setAttribute('href', a.getAttribute('href')!);
    // The tooltip is the actor's name when the text says it otherwise («الروسي» → روسيا).
    chip.textContent = a.title || a.textContent;
    li.append(chip);
    items.push(li);
  }
  let list = section.querySelector<HTMLUListElement>('ul.chips');
  if (list) items.push(...list.querySelectorAll<HTMLLIElement>(':scope > li'));
  else {
    list = doc.createElement('ul');
    list.className = 'chips';
    section.append(list);
  }
  for (const token of (section.dataset.actorOrder ?? '').split(' ')) {
    const li = items[Number(token)];
    if (token && li) list.append(li); // appended in rank order, the written chips included
  }
  section.hidden = list.children.length === 0;
}
