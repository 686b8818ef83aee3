import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import './usht-provider.js';
import '../priority-badge/usht-priority-badge.js';
import type {UshtProvider} from './provider.js';
import type {UshtPriorityBadge} from '../priority-badge/priority-badge.js';
import {captureConsole, shadowMatch, spokenText, visibleText} from '../../../../test/foundation/helpers.js';
import {clientOn, neverResolvingSource, realSource, rejectingSource} from '../../../../stories/shared/fake-sources.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

async function providerWithBadge(template = html`<usht-provider lang="nn" .client=${clientOn(realSource())}>
  <article><h2>Aktivitet</h2><usht-priority-badge area="demensplan-2025"></usht-priority-badge></article>
</usht-provider>`) {
  const provider = await fixture<UshtProvider>(template);
  const badge = provider.querySelector<UshtPriorityBadge>('usht-priority-badge')!;
  return {provider, badge};
}

describe('usht-provider', () => {
  it("gives a nested element its client and language, and follows changes of both", async () => {
    const {provider, badge} = await providerWithBadge(html`<usht-provider lang="nn" .client=${clientOn(neverResolvingSource())}>
      <div><usht-priority-badge area="demensplan-2025"></usht-priority-badge></div>
    </usht-provider>`);
    expect((await shadowMatch(badge, '[role="status"]')).textContent!.trim()).to.equal('Hentar satsingsområde …');

    provider.setAttribute('lang', 'en');
    await waitUntil(() => visibleText(badge) === 'Loading priority area …', 'the badge did not follow the provider to English', {timeout: 5000});

    provider.client = clientOn(rejectingSource());
    await shadowMatch(badge, '[role="alert"]');
    expect(visibleText(badge)).to.contain('Could not load the priority area.').and.contain('Try again');

    provider.client = clientOn(realSource());
    await shadowMatch(badge, '[part~="name"]');
    expect(spokenText(badge)).to.contain('National priority area 2021: Demensplan 2025');
  });

  it("gives nested elements the host's wording, and follows a change of it", async () => {
    const {provider, badge} = await providerWithBadge();
    await shadowMatch(badge, '[part~="name"]');
    expect(spokenText(badge)).to.contain('Nasjonalt satsingsområde 2021: Demensplan 2025');

    provider.messages = {nn: {priorityBadge: {categoryNational: (years: string) => `Nasjonal satsing (${years})`}}};
    await waitUntil(() => spokenText(badge).includes('Nasjonal satsing (2021): Demensplan 2025'), 'the new wording did not arrive', {timeout: 5000});

    // The element's own messages win over the provider's.
    badge.messages = {nn: {priorityBadge: {categoryNational: () => 'Satsing frå staten'}}};
    await waitUntil(() => spokenText(badge).includes('Satsing frå staten: Demensplan 2025'), undefined, {timeout: 5000});
  });

  it('lets an element keep its own lang and client inside a provider', async () => {
    const {badge} = await providerWithBadge(html`<usht-provider lang="nn" .client=${clientOn(rejectingSource())}>
      <usht-priority-badge lang="en" area="velferdsteknologi" .client=${clientOn(realSource())}></usht-priority-badge>
    </usht-provider>`);
    await shadowMatch(badge, '[part~="name"]');
    expect(spokenText(badge)).to.contain('National priority area 2021: Velferdsteknologi');
  });

  it('sets the colour scheme of nested elements', async () => {
    const {provider, badge} = await providerWithBadge(html`<usht-provider color-scheme="dark">
      <usht-priority-badge area="lhl-7"></usht-priority-badge>
    </usht-provider>`);
    const tag = await shadowMatch<HTMLElement>(badge, '[part~="badge"]');
    await badge.updateComplete;
    expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(15, 46, 27)');
    provider.colorScheme = 'light';
    await waitUntil(() => getComputedStyle(tag).backgroundColor === 'rgb(231, 244, 236)', 'did not return to light', {timeout: 5000});
  });

  it('warns once about an unknown colour scheme and uses light', async () => {
    const {badge} = await providerWithBadge(html`<usht-provider color-scheme="midnight">
      <usht-priority-badge area="lhl-7"></usht-priority-badge>
    </usht-provider>`);
    const tag = await shadowMatch<HTMLElement>(badge, '[part~="badge"]');
    expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(231, 244, 236)');
    const warnings = output.take();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('color-scheme="midnight"').and.contain('light, dark');
  });

  it('reads from a REST API given as base-url, resolved against the page', async () => {
    const provider = await fixture<UshtProvider>(html`<usht-provider base-url="/__test/api"><usht-priority-badge area="demensplan-2025"></usht-priority-badge></usht-provider>`);
    const badge = provider.querySelector<UshtPriorityBadge>('usht-priority-badge')!;
    // The API marks its names: the badge did not fall back to the embedded data.
    await waitUntil(() => visibleText(badge).includes('Demensplan 2025 (API)'), `badge shows "${visibleText(badge)}"`, {timeout: 5000});
    expect(performance.getEntriesByType('resource').some((e) => e.name === new URL('/__test/api/priority-areas', location.href).href)).to.equal(true);
  });

  it('reads from a feed given as feed, and shows the failure state when the feed fails', async () => {
    const provider = await fixture<UshtProvider>(html`<usht-provider feed="/__test/feed/failing" timeout="2000"><usht-priority-badge area="demensplan-2025"></usht-priority-badge></usht-provider>`);
    const badge = provider.querySelector<UshtPriorityBadge>('usht-priority-badge')!;
    const alert = await shadowMatch(badge, '[role="alert"]');
    expect(visibleText(alert)).to.contain('Prøv igjen');
  });

  it('takes no room and no focus of its own', async () => {
    const {provider, badge} = await providerWithBadge();
    await shadowMatch(badge, '[part~="name"]');
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });
});
