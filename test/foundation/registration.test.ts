// Two copies of usht-kit on one CMS page (two widgets' script tags, an npm build next to the CDN
// bundle) must never take the page down: the first definition wins, the second warns once.
import {expect, fixture, html} from '@open-wc/testing';
import {UshtPriorityBadge} from '../../packages/elements/src/priority-badge/usht-priority-badge.js';
import {defineOnce} from '../../packages/elements/src/shared/define-once.js';
import {captureConsole, shadowMatch, visibleText} from './helpers.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

describe('registration', () => {
  it('keeps the first definition when a second bundle defines the tag, warning once and never throwing', async () => {
    const SecondCopy = class extends HTMLElement {};
    expect(() => defineOnce('usht-priority-badge', SecondCopy)).not.to.throw();
    expect(() => defineOnce('usht-priority-badge', SecondCopy)).not.to.throw();
    expect(() => defineOnce('usht-priority-badge', class extends HTMLElement {})).not.to.throw();
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('[usht-kit]').and.contain('<usht-priority-badge>');
    expect(customElements.get('usht-priority-badge')).to.equal(UshtPriorityBadge);

    const el = await fixture(html`<usht-priority-badge area="demensplan-2025"></usht-priority-badge>`);
    await shadowMatch(el, '[part~="name"]');
    expect(visibleText(el)).to.contain('Demensplan 2025');
  });

  it('says nothing when the same class is defined again (one bundle imported twice)', () => {
    expect(() => defineOnce('usht-priority-badge', UshtPriorityBadge)).not.to.throw();
    expect(output.take()).to.deep.equal([]);
  });

  it('defines a new tag normally', () => {
    const Fresh = class extends HTMLElement {};
    defineOnce('usht-registration-probe', Fresh);
    expect(customElements.get('usht-registration-probe')).to.equal(Fresh);
  });

  it('survives the CDN autoloader loading after the npm modules: it loads nothing for tags already defined, and says nothing', async () => {
    const before = performance.getEntriesByType('resource').length;
    await import('../../packages/elements/cdn/usht-kit.js' as string);
    const el = await fixture(html`<usht-priority-badge area="leve-hele-livet"></usht-priority-badge>`);
    await shadowMatch(el, '[part~="name"]');
    expect(customElements.get('usht-priority-badge')).to.equal(UshtPriorityBadge);
    const loaded = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => /\/cdn\/usht-priority-badge\.js$/.test(path)), 'the badge\'s CDN file').to.deep.equal([]);
    expect(output.take()).to.deep.equal([]);
  });

  it('survives the all-in-one CDN bundle loading after the npm modules', async () => {
    // usht-kit-all.js has its own copy of every class: each tag it finds taken warns once.
    await import('../../packages/elements/cdn/usht-kit-all.js' as string);
    const warnings = output.take();
    expect(warnings.length).to.be.greaterThan(0);
    for (const warning of warnings) expect(warning).to.match(/^\[usht-kit\] <usht-[a-z-]+> is already defined/);
    expect(warnings.filter((w) => w.includes('<usht-priority-badge>'))).to.have.length(1);
    expect(customElements.get('usht-priority-badge')).to.equal(UshtPriorityBadge);
    const el = await fixture(html`<usht-priority-badge area="velferdsteknologi"></usht-priority-badge>`);
    await shadowMatch(el, '[part~="name"]');
    expect(visibleText(el)).to.contain('Velferdsteknologi');
  });
});
