import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {a11ySnapshot, findAccessibilityNode, sendKeys} from '@web/test-runner-commands';
import './usht-priority-badge.js';
import type {UshtPriorityBadge, UshtPriorityBadges} from './priority-badge.js';
import {captureConsole, spokenText, visibleText} from '../../../../test/foundation/helpers.js';
import {itInChromium} from '../../../../test/helpers/engine.js';
import {clientOn, failingOnceSource, neverResolvingSource, realSource, rejectingSource, withInvalidRecordsSource} from '../../../../stories/shared/fake-sources.js';

interface AxNode {
  role: string;
  name: string;
  expanded?: boolean;
  children?: AxNode[];
}

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());
const takeWarnings = () => output.take();

const shadow = (el: Element) => el.shadowRoot!;

async function loaded<T extends Element>(el: T): Promise<T> {
  await waitUntil(() => shadow(el).querySelector('[part~="name"], [role="alert"]'), 'badge never left its loading state', {timeout: 5000});
  return el;
}

async function badge(area: string, lang = 'nb'): Promise<UshtPriorityBadge> {
  return loaded(await fixture<UshtPriorityBadge>(html`<usht-priority-badge area=${area} lang=${lang}></usht-priority-badge>`));
}

describe('usht-priority-badge', () => {
  it('shows the name of a standing area and says its category to screen readers', async () => {
    const el = await badge('faglig-omstilling');
    expect(visibleText(el)).to.contain('Faglig omstilling i tjenestene');
    expect(spokenText(el)).to.contain('Varig satsingsområde: Faglig omstilling i tjenestene');
  });

  it('shows a national area with its year', async () => {
    const el = await badge('demensplan-2025');
    expect(visibleText(el)).to.contain('Demensplan 2025');
    expect(spokenText(el)).to.contain('Nasjonalt satsingsområde 2021: Demensplan 2025');
  });

  it('shows a Leve hele livet focus area, in Nynorsk', async () => {
    const el = await badge('lhl-5', 'nn');
    expect(visibleText(el)).to.contain('5. Aktivitet og fellesskap');
    expect(spokenText(el)).to.contain('Innsatsområde i Leve heile livet: 5. Aktivitet og fellesskap');
  });

  it('marks each category with its own shape, not colour alone', async () => {
    const shapes = new Set<string>();
    for (const area of ['faglig-omstilling', 'demensplan-2025', 'lhl-5']) {
      const el = await badge(area);
      const shape = shadow(el).querySelector('[part~="category"] svg')!;
      expect(shape.getBoundingClientRect().width, `${area} shape is drawn`).to.be.greaterThan(0);
      shapes.add(shape.innerHTML);
    }
    expect(shapes.size).to.equal(3);
  });

  it('keeps the Bokmål name marked lang="nb" when the interface is English', async () => {
    const el = await badge('velferdsteknologi', 'en');
    const name = shadow(el).querySelector('[part~="name"]')!;
    expect(name.getAttribute('lang')).to.equal('nb');
    expect(name.closest('[lang="en"]')).to.exist;
    expect(spokenText(el)).to.contain('National priority area 2021: Velferdsteknologi');
  });

  it('shows an unknown id and warns once, naming the id and the allowed ids', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <usht-priority-badge area="demensplan-2052"></usht-priority-badge>
      <usht-priority-badge area="demensplan-2052" lang="nn"></usht-priority-badge>
    </div>`);
    const [nb, nn] = [...wrapper.querySelectorAll('usht-priority-badge')];
    await loaded(nb!);
    await loaded(nn!);
    expect(visibleText(nb!)).to.equal('Ukjent satsingsområde: demensplan-2052');
    expect(visibleText(nn!)).to.equal('Ukjent satsingsområde: demensplan-2052');
    nb!.setAttribute('lang', 'en');
    await waitUntil(() => visibleText(nb!) === 'Unknown priority area: demensplan-2052', undefined, {timeout: 5000});
    const taken = takeWarnings();
    expect(taken).to.have.length(1);
    expect(taken[0]).to.contain('"demensplan-2052"').and.contain('demensplan-2025').and.contain('faglig-omstilling').and.contain('lhl-9');
  });

  it('wraps a long name inside a 320 px column', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><usht-priority-badge area="samarbeid-pasienter-brukere-parorende"></usht-priority-badge></div>`);
    wrapper.style.inlineSize = '320px';
    const el = await loaded(wrapper.querySelector('usht-priority-badge')!);
    const tag = shadow(el).querySelector('[part~="badge"]')!.getBoundingClientRect();
    expect(tag.right - wrapper.getBoundingClientRect().left).to.be.at.most(320);
    expect(tag.height, 'the name wraps onto more lines').to.be.greaterThan(40);
    expect(visibleText(el)).to.contain('Utvikling i samarbeid med pasienter, brukere og pårørende');
  });

  it('opens and closes the description with the keyboard', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Før</button><usht-priority-badge area="demensplan-2025"></usht-priority-badge></div>`);
    const el = await loaded(wrapper.querySelector('usht-priority-badge')!);
    wrapper.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    const toggle = shadow(el).activeElement as HTMLButtonElement;
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    const description = shadow(el).querySelector<HTMLElement>('[part~="description"]')!;
    expect(description.offsetHeight, 'closed at first').to.equal(0);

    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(description.offsetHeight).to.be.greaterThan(0);
    expect(description.innerText).to.contain('Nasjonalt satsingsområde 2021').and.contain('demenskartet.no');

    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(description.offsetHeight).to.equal(0);
    // The tag itself is not a control: the toggle is the only focusable thing.
    expect(shadow(el).querySelectorAll('button, [tabindex], a[href]')).to.have.length(1);
  });

  itInChromium('exposes the open description to assistive technology (Chromium only: reads the accessibility tree over CDP)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>Før</button><usht-priority-badge area="demensplan-2025"></usht-priority-badge></div>`);
    const el = await loaded(wrapper.querySelector('usht-priority-badge')!);
    wrapper.querySelector('button')!.focus();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    const tree = (await a11ySnapshot({})) as unknown as AxNode & {children: AxNode[]};
    const button = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'button' && n.name === 'Om satsingsområdet Demensplan 2025');
    expect(button, 'a button named after the area').to.exist;
    expect(button!.expanded).to.equal(true);
    const summary = findAccessibilityNode<AxNode>(tree, (n) => n.name?.includes('spre kjennskap til demenskartet.no'));
    expect(summary, 'the description is in the accessibility tree').to.exist;
  });

  it('says when the source gives no description', async () => {
    const el = await badge('lhl-3', 'en');
    (shadow(el).querySelector('[part~="toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shadow(el).querySelector<HTMLElement>('[part~="description"]')!.innerText).to.contain('The source gives no description of this priority area.');
  });

  it('shows a localised failure and loads again on "Prøv igjen"', async () => {
    const el = await fixture<UshtPriorityBadge>(
      html`<usht-priority-badge area="demensplan-2025" lang="nn" .client=${clientOn(failingOnceSource())}></usht-priority-badge>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'no failure state', {timeout: 5000});
    expect(visibleText(el)).to.contain('Klarte ikkje å hente satsingsområdet.');
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Prøv igjen');
    retry.click();
    await waitUntil(() => shadow(el).querySelector('[part~="name"]'), 'retry did not load the area', {timeout: 5000});
    expect(visibleText(el)).to.contain('Demensplan 2025');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows a loading state while the source answers', async () => {
    const el = await fixture<UshtPriorityBadge>(html`<usht-priority-badge area="demensplan-2025" .client=${clientOn(neverResolvingSource())}></usht-priority-badge>`);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Henter satsingsområde …');
  });

  it('does not show a record that failed validation', async () => {
    const el = await fixture<UshtPriorityBadge>(html`<usht-priority-badge area="ugyldig-omrade" .client=${clientOn(withInvalidRecordsSource())}></usht-priority-badge>`);
    await loaded(el);
    expect(visibleText(el)).to.equal('Satsingsområdet ugyldig-omrade har ugyldige data og vises ikke.');
    expect(takeWarnings()).to.have.length(1);
  });

  it('follows the client it is given, not only the embedded data', async () => {
    const el = await fixture<UshtPriorityBadge>(html`<usht-priority-badge area="demensplan-2025" .client=${clientOn(rejectingSource())}></usht-priority-badge>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), undefined, {timeout: 5000});
    el.client = clientOn(realSource());
    await waitUntil(() => shadow(el).querySelector('[part~="name"]'), undefined, {timeout: 5000});
    expect(visibleText(el)).to.contain('Demensplan 2025');
  });
});

describe('usht-priority-badges', () => {
  it('lists the areas of an activity, in order, with unknown ids shown', async () => {
    const el = await fixture<UshtPriorityBadges>(html`<usht-priority-badges areas="leve-hele-livet demensplan-2025 ikke-et-omrade"></usht-priority-badges>`);
    await loaded(el);
    const list = shadow(el).querySelector('ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Satsingsområder');
    const items = [...list.querySelectorAll('li')].map((li) => visibleText(li));
    expect(items).to.deep.equal(['Kvalitetsreformen Leve hele livet', 'Demensplan 2025', 'Ukjent satsingsområde: ikke-et-omrade']);
    const taken = takeWarnings();
    expect(taken).to.have.length(1);
    expect(taken[0]).to.contain('"ikke-et-omrade"').and.contain('allowed: samarbeid-pasienter-brukere-parorende');
  });

  it('takes the ids as an array property and opens one description at a time per button', async () => {
    const el = await fixture<UshtPriorityBadges>(html`<usht-priority-badges lang="nn" .areaIds=${['velferdsteknologi', 'lhl-4']}></usht-priority-badges>`);
    await loaded(el);
    const toggles = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="toggle"]')];
    expect(toggles.map((b) => b.textContent!.trim())).to.deep.equal(['Om satsingsområdet Velferdsteknologi', 'Om satsingsområdet 4. Et aldersvennlig Norge']);
    toggles[1]!.click();
    await el.updateComplete;
    const open = shadow(el).querySelectorAll<HTMLElement>('[part~="description"]:not([hidden])');
    expect(open).to.have.length(1);
    expect(open[0]!.innerText).to.contain('Offisielt namn: Et aldersvennlig Norge');
  });

  it('renders nothing for an activity without areas', async () => {
    const el = await fixture<UshtPriorityBadges>(html`<usht-priority-badges areas=""></usht-priority-badges>`);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.equal(0);
  });
});

describe('priority badges are accessible (axe) in every state', () => {
  for (const lang of ['nb', 'nn']) {
    const states: [string, () => Promise<Element>][] = [
      ['standing', () => badge('faglig-omstilling', lang)],
      ['national', () => badge('demensplan-2025', lang)],
      ['Leve hele livet', () => badge('lhl-6', lang)],
      ['unknown id', async () => {
        const el = await badge(`finnes-ikke-${lang}`, lang);
        takeWarnings();
        return el;
      }],
      ['description open', async () => {
        const el = await badge('pasientsikkerhet-kvalitetsforbedring', lang);
        (shadow(el).querySelector('[part~="toggle"]') as HTMLButtonElement).click();
        await (el as UshtPriorityBadge).updateComplete;
        return el;
      }],
      ['group', async () => loaded(await fixture(html`<usht-priority-badges lang=${lang} areas="hjemmebaserte-tjenester utviklingshemming lhl-8"></usht-priority-badges>`))],
      ['loading', async () => {
        const el = await fixture<UshtPriorityBadge>(html`<usht-priority-badge lang=${lang} area="demensplan-2025" .client=${clientOn(neverResolvingSource())}></usht-priority-badge>`);
        await el.updateComplete;
        return el;
      }],
      ['failed', async () => {
        const el = await fixture<UshtPriorityBadge>(html`<usht-priority-badge lang=${lang} area="demensplan-2025" .client=${clientOn(rejectingSource())}></usht-priority-badge>`);
        await waitUntil(() => shadow(el).querySelector('[role="alert"]'), undefined, {timeout: 5000});
        return el;
      }],
      ['dark scheme', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div data-color-scheme="dark"><usht-priority-badges lang=${lang} areas="fornyelse-innovasjon leve-hele-livet lhl-7"></usht-priority-badges></div>`);
        return loaded(wrapper.querySelector('usht-priority-badges')!);
      }],
    ];
    for (const [name, make] of states) {
      it(`${name} (${lang})`, async () => {
        const el = await make();
        await expect(el).to.be.accessible();
      });
    }
  }
});
