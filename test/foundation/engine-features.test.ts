// What the widgets must not need of a browser (issue 15). Every engine tested here has light-dark(),
// so a widget that relied on it would pass everywhere here and lose its colours, borders and focus
// ring in Safari before 17.5, Chrome before 123 and Firefox before 120 (a var() holding an unknown
// function is invalid where it is used). So: no style sheet any widget adopts, after it has been
// used (on-demand parts bring their own), contains it; and the dark scheme still applies.
import {expect} from '@open-wc/testing';
import {deepElements, settle} from '../helpers/dom.js';
import {exercise, loadElements, mount, presentElements} from '../helpers/elements.js';

/** The text of every rule in a sheet, nested rules (@media, @supports) included. */
function ruleTexts(rules: CSSRuleList): string[] {
  return [...rules].flatMap((rule) => ('cssRules' in rule ? [rule.cssText, ...ruleTexts((rule as CSSGroupingRule).cssRules)] : [rule.cssText]));
}

describe('features some browsers lack', function () {
  this.timeout(60_000);

  before(async () => {
    await loadElements();
  });

  for (const element of presentElements) {
    it(`${element.tag}: no style sheet it adopts uses light-dark(), and its dark scheme applies`, async () => {
      const {box, hosts} = mount(element.scenario.ordinary);
      try {
        await settle(box, {timeout: 5000});
        await exercise(hosts, {maxActions: 15});
        await settle(box, {timeout: 3000});
        const roots = deepElements(box).map((el) => el.shadowRoot).filter((root): root is ShadowRoot => !!root);
        expect(roots.length, 'the element has a shadow root').to.be.greaterThan(0);
        const sheets = roots.flatMap((root) => [...root.adoptedStyleSheets, ...root.styleSheets]);
        expect(sheets.length, 'styles were adopted').to.be.greaterThan(0);
        const using = sheets.flatMap((sheet) => ruleTexts(sheet.cssRules)).filter((text) => /light-dark\(/.test(text));
        expect(using.map((text) => text.slice(0, 120)), 'rules using light-dark()').to.deep.equal([]);

        const host = hosts[0]!;
        const light = getComputedStyle(host).color;
        host.setAttribute('data-color-scheme', 'dark');
        const dark = getComputedStyle(host).color;
        expect(light, 'light text').to.equal('rgb(30, 43, 60)'); // #1e2b3c
        expect(dark, 'dark text').to.equal('rgb(243, 244, 246)'); // #f3f4f6
      } finally {
        box.remove();
      }
    });
  }
});
