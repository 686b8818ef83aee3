// Theming (style.md §6): our public --usht-* property, then the Designsystemet --ds-* token, then a
// literal; colour schemes from an ancestor; and a host page's own CSS cannot break an element.
// Read through computed styles of the badge, the smallest element.
import {expect, fixture, html} from '@open-wc/testing';
import '../../packages/elements/src/priority-badge/usht-priority-badge.js';
import type {UshtPriorityBadge} from '../../packages/elements/src/priority-badge/priority-badge.js';
import {captureConsole, shadowMatch, visibleText} from './helpers.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

/** The computed colours of a national-area badge inside `wrapper` (or alone). */
async function colours(wrapper?: HTMLElement) {
  const host = wrapper ?? (await fixture<HTMLElement>(html`<div></div>`));
  if (!host.querySelector('usht-priority-badge')) {
    const el = document.createElement('usht-priority-badge');
    el.areaId = 'demensplan-2025';
    host.append(el);
  }
  const el = host.querySelector<UshtPriorityBadge>('usht-priority-badge')!;
  const tag = await shadowMatch<HTMLElement>(el, '[part~="badge"]');
  await el.updateComplete;
  const style = getComputedStyle(tag);
  return {el, tag, background: style.backgroundColor, color: style.color, border: style.borderTopColor};
}

describe('theming', () => {
  it('falls back to our own literals, which pass AA', async () => {
    const {background, color, border} = await colours();
    expect(background).to.equal('rgb(232, 241, 251)'); // #e8f1fb
    expect(color).to.equal('rgb(11, 74, 139)'); // #0b4a8b, 8:1 on it
    expect(border).to.equal('rgb(11, 92, 173)');
  });

  it('picks up Designsystemet tokens set on an ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section></section></div>`);
    wrapper.style.setProperty('--ds-color-accent-surface-tinted', 'rgb(250, 240, 230)');
    wrapper.style.setProperty('--ds-color-accent-text-default', 'rgb(60, 20, 10)');
    wrapper.style.setProperty('--ds-border-radius-md', '9px');
    const {tag, background, color} = await colours(wrapper.querySelector('section')!);
    expect(background).to.equal('rgb(250, 240, 230)');
    expect(color).to.equal('rgb(60, 20, 10)');
    expect(getComputedStyle(tag).borderTopLeftRadius).to.equal('9px');
  });

  it('lets our --usht-* properties win over --ds-* tokens', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section></section></div>`);
    wrapper.style.setProperty('--ds-color-accent-surface-tinted', 'rgb(250, 240, 230)');
    wrapper.style.setProperty('--ds-border-radius-md', '9px');
    const section = wrapper.querySelector('section')!;
    section.style.setProperty('--usht-priority-badge-national-surface', 'rgb(255, 255, 204)');
    section.style.setProperty('--usht-radius', '0px');
    const {tag, background} = await colours(section);
    expect(background).to.equal('rgb(255, 255, 204)');
    expect(getComputedStyle(tag).borderTopLeftRadius).to.equal('0px');
  });

  it("lets a shared --usht-color-* property win too, for every element's accent", async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><section></section></div>`);
    wrapper.style.setProperty('--ds-color-accent-surface-tinted', 'rgb(250, 240, 230)');
    wrapper.style.setProperty('--ds-color-accent-text-default', 'rgb(60, 20, 10)');
    const section = wrapper.querySelector('section')!;
    section.style.setProperty('--usht-color-accent-surface', 'rgb(227, 241, 242)');
    const {background, color} = await colours(section);
    expect(background).to.equal('rgb(227, 241, 242)');
    expect(color, 'the Designsystemet token still fills what we do not override').to.equal('rgb(60, 20, 10)');
  });

  it('switches to dark colours under data-color-scheme="dark" on an ancestor, and back', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div data-color-scheme="dark"><p></p></div>`);
    const {el, tag, background, color} = await colours(wrapper.querySelector('p')!);
    expect(background).to.equal('rgb(30, 58, 95)'); // #1e3a5f
    expect(color).to.equal('rgb(147, 197, 253)'); // #93c5fd, 6.4:1
    const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
    expect(getComputedStyle(toggle).backgroundColor).to.equal('rgb(17, 24, 39)');

    wrapper.setAttribute('data-color-scheme', 'light');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(232, 241, 251)');
  });

  it("is not broken by the host page's own CSS", async () => {
    const hostile = document.createElement('style');
    hostile.textContent = `
      * { color: rgb(255, 0, 0) !important; font-size: 40px; letter-spacing: 1em; }
      span, svg, button, ul, li, p { display: none !important; }
      div > * { border: 5px solid red; padding: 3em; }
    `;
    document.head.append(hostile);
    try {
      const {el, tag, color, background} = await colours();
      expect(color).to.equal('rgb(11, 74, 139)');
      expect(background).to.equal('rgb(232, 241, 251)');
      expect(tag.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(visibleText(el)).to.contain('Demensplan 2025');
      const name = el.shadowRoot!.querySelector('[part~="name"]')!;
      expect(getComputedStyle(name).color).to.equal('rgb(11, 74, 139)');
    } finally {
      hostile.remove();
    }
  });

  it('lets a host restyle the parts it is given', async () => {
    const sheet = document.createElement('style');
    sheet.textContent = `.themed usht-priority-badge::part(badge) { border-radius: 999px; } .themed usht-priority-badge::part(name) { font-weight: 700; }`;
    document.head.append(sheet);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div class="themed"></div>`);
      const {el, tag} = await colours(wrapper);
      expect(getComputedStyle(tag).borderTopLeftRadius).to.equal('999px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="name"]')!).fontWeight).to.equal('700');
    } finally {
      sheet.remove();
    }
  });
});
