// A rollup plugin that drops the indentation inside our Lit templates (html``, svg``, css``).
// Terser leaves template text alone, and our templates are indented for reading: about 0.6 KiB
// gzip of the script-tag bundle is leading whitespace (budgets.md counts gzip).
//
// Only whitespace around line breaks goes, and every line break stays: HTML and CSS read a run of
// whitespace with a line break the same as the line break alone (no template of ours has static
// text inside <pre> or white-space: pre), and keeping the lines keeps rollup's source maps right
// line by line. CSS comments go too. Text inside ${…} is code, not template, and is not touched.
const tags = new Set(['html', 'svg', 'css']);

/** @param {string} raw @param {string} tag */
function minifyQuasi(raw, tag) {
  let text = raw;
  // Comments in CSS may hold line breaks: keep them, so lines still match.
  if (tag === 'css') text = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  return text.replace(/[ \t]*\n[\s]*/g, (run) => run.replace(/[^\n]/g, ''));
}

/** Walks an ESTree node and collects the tagged templates whose tag is html, svg or css. */
function collect(node, found) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
    for (const quasi of node.quasi.quasis) found.push({start: quasi.start, end: quasi.end, tag: node.tag.name});
  }
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) collect(child, found);
    else if (value && typeof value.type === 'string') collect(value, found);
  }
}

/** @param {{include: (id: string) => boolean}} options */
export function minifyTemplates({include}) {
  return {
    name: 'usht-minify-templates',
    transform(code, id) {
      if (!include(id) || !/\b(html|svg|css)\s*`/.test(code)) return null;
      const found = [];
      collect(this.parse(code), found);
      if (found.length === 0) return null;
      let out = '';
      let at = 0;
      for (const {start, end, tag} of found.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, start) + minifyQuasi(code.slice(start, end), tag);
        at = end;
      }
      out += code.slice(at);
      // Lines are unchanged, so the identity map per line is right; columns inside a template's
      // lines move left by their indentation, which only matters for text, not for code.
      return {code: out, map: null};
    },
  };
}
