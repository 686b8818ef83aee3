// A rollup plugin that drops the indentation inside our Lit templates (html``, svg``, css``).
// Terser leaves template text alone, and our templates are indented for reading: about 0.6 KiB
// gzip of the script-tag bundle is leading whitespace (budgets.md counts gzip).
//
// In html`` and svg``, only whitespace around line breaks goes, and every line break stays: HTML
// reads a run of whitespace with a line break the same as the line break alone (no template of ours
// has static text inside <pre> or white-space: pre), and keeping the lines keeps rollup's source
// maps right line by line. css`` is minified further (comments, spaces, its line breaks, which move
// out of the template into JavaScript whitespace so the lines still match). Text inside ${…} is
// code, not template, and is not touched.
const tags = new Set(['html', 'svg', 'css']);

/** @param {string} raw @param {string} tag */
function minifyQuasi(raw, tag) {
  let text = raw;
  // Comments in CSS may hold line breaks: keep them, so lines still match.
  if (tag === 'css') text = text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''));
  text = text.replace(/[ \t]*\n[\s]*/g, (run) => run.replace(/[^\n]/g, ''));
  // CSS also reads "a: b", "a, b", "a {", "{ a", "a }", "a !important", "a;}", "0.5em" and "#ffffff"
  // without their spaces, last semicolon, leading zero and repeated digits; text inside quotes
  // ('⚠ ') keeps them.
  if (tag === 'css') {
    // A break between two words is a descendant combinator or a separator: it becomes a space.
    text = text.replace(/(.?)\n+(?=(.?))/g, (_, before, after) => (/^[\w\])'"*-]$/.test(before) && /^[\w.#:[*'"(-]$/.test(after) ? `${before} ` : before));
    text = text.split(/('[^'\n]*'|"[^"\n]*")/).map((part, i) => (i % 2 ? part : part.replace(/([:,{]) +| +(?=[{}]|!important)/g, '$1').replace(/;(?=\})/g, '').replace(/(^|[\s:,(-])0\.(?=\d)/g, '$1.').replace(/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\w-])/gi, '#$1$2$3'))).join('');
  }
  return text;
}

/** Walks an ESTree node and collects the tagged templates whose tag is html, svg or css. */
function collect(node, found) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
    for (const quasi of node.quasi.quasis) found.push({start: quasi.start, end: quasi.end, tail: quasi.tail, tag: node.tag.name});
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
      for (const {start, end, tail, tag} of found.sort((a, b) => a.start - b.start)) {
        const text = minifyQuasi(code.slice(start, end), tag);
        if (tag !== 'css') {
          out += code.slice(at, start) + text;
          at = end;
          continue;
        }
        // CSS needs no line breaks at all: they move past the template's closing backtick (or into
        // the next \${ … }), where they are JavaScript whitespace, so the code's lines stay put.
        const breaks = code.slice(start, end).replace(/[^\n]/g, '');
        const delimiter = tail ? '`' : '${';
        out += code.slice(at, start) + text + delimiter + breaks;
        at = end + delimiter.length;
      }
      out += code.slice(at);
      // Lines are unchanged, so the identity map per line is right; columns inside a template's
      // lines move left by their indentation, which only matters for text, not for code.
      return {code: out, map: null};
    },
  };
}
