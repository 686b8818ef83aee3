// The finder takes what residents type (issue 13 §5): a kommunenummer without its leading zero, as a
// spreadsheet writes it, and a Sami or Kven name that is not part of the official name. Kept apart
// from centre-map.test.ts so work on the map's own tests and this one do not collide.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../packages/elements/src/centre-map/usht-centre-map.js';
import type {UshtCentreMap} from '../../packages/elements/src/centre-map/centre-map.js';
import type {UshtCentreSelectEvent} from '../../packages/elements/src/centre-map/centre-map.events.js';
import {captureConsole, shadowMatch} from '../foundation/helpers.js';

const output = captureConsole();
beforeEach(() => output.start());
afterEach(() => output.verify());

const answer = (el: Element) => el.shadowRoot!.querySelector('[part="answer"]')?.textContent?.trim() ?? '';

/** Types into the finder from the keyboard, waits for the suggestions, presses Enter, waits for the answer. */
async function ask(el: UshtCentreMap, typed: string): Promise<string> {
  const input = await shadowMatch<HTMLInputElement>(el, 'input#finder[role="combobox"]');
  input.focus();
  input.select();
  await sendKeys({type: typed});
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true', `no suggestions for ${typed}`, {timeout: 5000});
  await sendKeys({press: 'Enter'});
  await waitUntil(() => / USHT /.test(answer(el)), `no answer for ${typed}`, {timeout: 5000});
  return answer(el);
}

describe('the finder takes what residents type', () => {
  it('finds Tromsø by its Northern Sami name Romsa and names the centre, and which name it matched', async () => {
    const el = await fixture<UshtCentreMap>(html`<usht-centre-map></usht-centre-map>`);
    const input = await shadowMatch<HTMLInputElement>(el, 'input#finder[role="combobox"]');
    input.focus();
    await sendKeys({type: 'Romsa'});
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions for Romsa', {timeout: 5000});
    const first = el.shadowRoot!.querySelector('[role="option"]')!;
    expect(first.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Tromsø (Romsa) 5501');
    const selected = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    await sendKeys({press: 'Enter'});
    expect((await selected).detail.centreId).to.equal('troms');
    await waitUntil(() => answer(el) !== '', 'no answer for Romsa', {timeout: 5000});
    expect(answer(el)).to.equal('Tromsø (Romsa) hører til USHT Troms.');
    expect(el.shadowRoot!.querySelector('[part="answer"]')!.getAttribute('role')).to.equal('status');
  });

  it('finds Tromsø by its Kven name Tromssa, in Nynorsk too', async () => {
    const el = await fixture<UshtCentreMap>(html`<usht-centre-map lang="nn"></usht-centre-map>`);
    expect(await ask(el, 'Tromssa')).to.match(/^Tromsø \(Tromssa\) .*USHT Troms\.$/);
  });

  it('reads 301 (0301 without its leading zero) as Oslo and names Oslo\'s centre', async () => {
    const el = await fixture<UshtCentreMap>(html`<usht-centre-map></usht-centre-map>`);
    const selected = oneEvent(el, 'usht-centre-select') as Promise<UshtCentreSelectEvent>;
    expect(await ask(el, '301')).to.equal('Oslo hører til USHT Oslo.');
    expect((await selected).detail.centreId).to.equal('oslo');
  });

  it('preselects from municipality="301" and municipality="Romsa" as from the finder', async () => {
    const oslo = await fixture<UshtCentreMap>(html`<usht-centre-map municipality="301"></usht-centre-map>`);
    await waitUntil(() => answer(oslo) !== '', 'municipality="301" gave no answer', {timeout: 5000});
    expect(answer(oslo)).to.equal('Oslo hører til USHT Oslo.');
    const tromso = await fixture<UshtCentreMap>(html`<usht-centre-map municipality="Romsa"></usht-centre-map>`);
    await waitUntil(() => answer(tromso) !== '', 'municipality="Romsa" gave no answer', {timeout: 5000});
    expect(answer(tromso)).to.equal('Tromsø (Romsa) hører til USHT Troms.');
  });
});
