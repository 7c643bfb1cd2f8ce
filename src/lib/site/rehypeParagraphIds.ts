// Numbers the top-level blocks of an article compiled as MDX p-1, p-2 … exactly as the plain
// renderer numbers paragraphs (and as splitBodyBlocks counts them for the corpus), so
// paragraph links and graph evidence point at the same block however the article renders.
// ESM (`import`) and expression (`{/* … */}`) blocks render nothing and get no number.
interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: HastNode[];
}

export function rehypeParagraphIds() {
  return (tree: HastNode) => {
    let n = 0;
    for (const child of tree.children ?? []) {
      if (child.type === 'element') {
        n += 1;
        child.properties = { ...child.properties, id: `p-${n}`, dir: 'auto' };
      } else if (child.type === 'mdxJsxFlowElement') {
        n += 1;
        const attributes = (child.attributes ?? []).filter((a) => a.name !== 'id');
        child.attributes = [...attributes, { type: 'mdxJsxAttribute', name: 'id', value: `p-${n}` }];
      }
    }
  };
}
