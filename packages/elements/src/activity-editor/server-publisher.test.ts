// "Publish to the server" in <usht-activity-editor>, against the real @usht/server (started by the
// test run on its own loopback port, test/helpers/usht-server-plugin.js): the coordinator's key,
// If-Match on every change, and every failure told in words with nothing lost.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import type {Activity, Feed} from '@usht/sdk';
import './usht-activity-editor.js';
import type {UshtActivityEditor} from './activity-editor.js';
import {visibleText} from '../../../../test/foundation/helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const report = (el: Element) => visibleText($(el, '.server-report')!).replace(/\s+/g, ' ').trim();
const titles = (el: Element) => [...el.shadowRoot!.querySelectorAll('.activity [role="heading"]')].map((h) => h.textContent!.trim());

interface ServerAnswer {
  url: string;
  token?: string;
}
const server = (payload: Record<string, unknown> = {}) => executeServerCommand('usht-server', payload) as Promise<ServerAnswer>;

let run = 0;
/** Activities no other test has published to the shared server. */
function activities(n: number, centreId = 'telemark', extra: Partial<Activity> = {}): Activity[] {
  run += 1;
  const stamp = `${Date.now().toString(36)}-${run}`;
  return Array.from({length: n}, (_, i) => ({
    id: `${centreId}-2027-10-1${i}-publisert-${stamp}-${i}`, title: `Nettverksmøte ${i + 1} (${stamp})`, kind: 'network-meeting', centreId,
    schedule: {timeZone: 'Europe/Oslo', allDay: true, start: `2027-10-1${i}`, end: null}, mode: 'physical',
    place: {venue: 'Rådhuset', locality: 'Skien', municipalityNumber: '4003'}, audience: ['Ansatte'], priorityAreaIds: ['demensplan-2025'],
    registration: null, status: 'scheduled', language: 'nb', source: [`${centreId}-egen-publisering`], ...extra,
  }) as Activity);
}

function feedOf(list: Activity[], centre = 'telemark'): Feed {
  return {format: 'usht-feed', version: 1, activities: list, sources: [{id: `${centre}-egen-publisering`, title: `USHT ${centre}: aktiviteter senteret publiserer`}]} as Feed;
}

async function editor(feed: Feed, attrs: {lang?: string; centre?: string; server?: string} = {}): Promise<UshtActivityEditor> {
  const host = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'nb'}><usht-activity-editor centre=${attrs.centre ?? 'telemark'} storage="none"
    server=${attrs.server ?? ''} .feed=${feed}></usht-activity-editor></div>`);
  const el = host.querySelector<UshtActivityEditor>('usht-activity-editor')!;
  await waitUntil(() => $(el, '.open-server'), 'the editor never loaded', {timeout: 10_000});
  return el;
}

/** Opens the part from the keyboard and fills in the address and key as a coordinator types them. */
async function openAndFill(el: UshtActivityEditor, url: string, token: string): Promise<void> {
  $(el, '.open-server')!.focus();
  await sendKeys({press: 'Enter'});
  await waitUntil(() => focused(el)?.id === 'server-heading', 'focus moves to the part that opened', {timeout: 5000});
  const address = $<HTMLInputElement>(el, '#server-url')!;
  address.focus();
  address.select();
  await sendKeys({type: url});
  $(el, '#server-token')!.focus();
  await sendKeys({type: token});
}

async function publish(el: UshtActivityEditor): Promise<string> {
  $(el, '#server-token')!.focus();
  await sendKeys({press: 'Enter'});
  await waitUntil(() => focused(el)?.id === 'server-result', `no result: "${report(el)}"`, {timeout: 15_000});
  return report(el);
}

async function onServer(url: string, id: string): Promise<{status: number; etag: string | null; activity?: Activity}> {
  const response = await fetch(`${url}activities/${id}`, {cache: 'no-store'});
  return {status: response.status, etag: response.headers.get('etag'), ...(response.ok ? {activity: await response.json()} : {})};
}

describe('<usht-activity-editor>: publish to the server', function () {
  this.timeout(60_000);

  it('publishes new activities with the centre\'s key; the server has them, and a second run changes nothing', async () => {
    const {url, token} = await server({token: 'telemark'});
    const list = activities(2);
    const el = await editor(feedOf(list), {server: url});
    await openAndFill(el, '', token!);
    expect($<HTMLInputElement>(el, '#server-url')!.value, 'the host page filled in the address').to.equal(url);
    expect(await publish(el)).to.contain('Publisert: 2 nye, 0 endret, 0 uendret.');
    for (const activity of list) {
      const stored = await onServer(url, activity.id);
      expect(stored.status).to.equal(200);
      expect(stored.activity!.title).to.equal(activity.title);
    }
    const feed = await (await fetch(`${url}feed.json?centre=telemark`, {cache: 'no-store'})).json() as Feed;
    expect(feed.activities!.map((a) => a.id)).to.include.members(list.map((a) => a.id));
    expect(await publish(el)).to.contain('Publisert: 0 nye, 0 endret, 2 uendret.');
    expect($<HTMLInputElement>(el, '#server-token')!.type, 'the key is never shown').to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('a change made on the server by someone else is never overwritten unseen: the coordinator chooses', async () => {
    const {url, token} = await server({token: 'telemark'});
    const [mine, theirs] = activities(2);
    const el = await editor(feedOf([mine!, theirs!]));
    await openAndFill(el, url, token!);
    expect(await publish(el)).to.contain('2 nye');

    // Another coordinator changes both on the server.
    for (const activity of [mine!, theirs!]) {
      const current = await onServer(url, activity.id);
      const response = await fetch(`${url}activities/${activity.id}`, {
        method: 'PUT', headers: {'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': current.etag!},
        body: JSON.stringify({...current.activity, title: `${activity.title} (endret av en kollega)`}),
      });
      expect(response.status).to.equal(200);
    }
    // Meanwhile this coordinator changed them here.
    el.feed = feedOf([{...mine!, title: `${mine!.title} (min endring)`}, {...theirs!, title: `${theirs!.title} (min endring)`}]);
    await el.updateComplete;

    const result = await publish(el);
    expect(result).to.contain('2 aktiviteter trenger deg');
    expect(result).to.contain('Noen andre har endret denne aktiviteten på serveren');
    expect(result).to.contain(`På serveren nå: «${mine!.title} (endret av en kollega)»`);
    expect((await onServer(url, mine!.id)).activity!.title, 'nothing was overwritten').to.contain('endret av en kollega');
    await expect(el).to.be.accessible();

    // Mine wins for the first, theirs for the second.
    const row = (id: string) => $(el, `.server-problems [data-id="${id}"]`)!;
    row(mine!.id).querySelector<HTMLElement>('.keep-mine')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !$(el, `.server-problems [data-id="${mine!.id}"]`), 'the conflict is resolved', {timeout: 10_000});
    expect((await onServer(url, mine!.id)).activity!.title).to.equal(`${mine!.title} (min endring)`);

    row(theirs!.id).querySelector<HTMLElement>('.keep-server')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !$(el, `.server-problems [data-id="${theirs!.id}"]`), 'the conflict is resolved', {timeout: 10_000});
    expect(report(el)).to.contain(`«${theirs!.title} (endret av en kollega)» er nå som på serveren.`);
    expect(focused(el)?.id).to.equal('server-result');
    expect(titles(el)).to.include(`${theirs!.title} (endret av en kollega)`);
    expect((await onServer(url, theirs!.id)).activity!.title).to.equal(`${theirs!.title} (endret av en kollega)`);
    await expect(el).to.be.accessible();
  });

  it('a wrong key, another centre\'s key, or no server: said in words, and the list is as it was', async () => {
    const {url, token: osloToken} = await server({token: 'oslo'});
    const list = activities(2);
    const el = await editor(feedOf(list));
    const before = titles(el);

    await openAndFill(el, url, `usht_0000000000000000_${'A'.repeat(43)}`);
    expect(await publish(el)).to.contain('Serveren godtok ikke nøkkelen');
    expect((await onServer(url, list[0]!.id)).status).to.equal(404);

    const key = $<HTMLInputElement>(el, '#server-token')!;
    key.focus();
    key.select();
    await sendKeys({type: osloToken!});
    const forbidden = await publish(el);
    expect(forbidden).to.contain('2 aktiviteter trenger deg');
    expect(forbidden).to.contain('Nøkkelen gjelder et annet senter');

    const address = $<HTMLInputElement>(el, '#server-url')!;
    address.focus();
    address.select();
    // Nothing listens on port 9 of the loopback address.
    await sendKeys({type: 'http://127.0.0.1:9/'});
    expect(await publish(el)).to.contain('Fikk ikke kontakt med serveren');
    expect(titles(el)).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it('a server that asks to wait (429) is told with its seconds, and what was published stays published', async () => {
    // A server that allows two reads per 1.5 s: the third activity's check is refused.
    const {url, token} = await server({limited: true, token: 'telemark'});
    // Another file's reads of this server may have opened a window: start from a fresh one.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const list = activities(3);
    const el = await editor(feedOf(list));
    await openAndFill(el, url, token!);
    const result = await publish(el);
    expect(result).to.match(/Serveren ber deg vente \d+ sekunder før du prøver igjen\. Ingenting er tapt\./);
    expect(result).to.contain('Publisert: 2 nye, 0 endret, 0 uendret.');
    expect(titles(el)).to.include.members(list.map((a) => a.title));
    await expect(el).to.be.accessible();
  });

  it('a missing address and a malformed key are told beside their fields, and focus goes to the first', async () => {
    const el = await editor(feedOf(activities(1)));
    await openAndFill(el, '', 'min-nøkkel');
    const address = $<HTMLInputElement>(el, '#server-url')!;
    address.value = '';
    address.dispatchEvent(new Event('input'));
    $(el, '#server-token')!.focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => focused(el)?.id === 'server-url', 'focus goes to the address');
    expect(address.getAttribute('aria-invalid')).to.equal('true');
    expect(visibleText($(el, '#server-url-error')!)).to.contain('Skriv adressen til serveren');
    expect(visibleText($(el, '#server-token-error')!)).to.contain('begynne med «usht_»');
    expect(address.getAttribute('aria-describedby')).to.contain('server-url-error');
    await expect(el).to.be.accessible();
  });

  it('in English, the server\'s own reasons come back in English, by field', async () => {
    const {url, token} = await server({token: 'telemark'});
    const [bad] = activities(1, 'telemark', {priorityAreaIds: ['no-such-area']});
    const el = await editor(feedOf([bad!]), {lang: 'en'});
    await openAndFill(el, url, token!);
    const result = await publish(el);
    expect(result).to.contain('Published: 0 new, 0 changed, 0 unchanged.');
    expect(result).to.contain('1 activity needs you');
    expect(result).to.contain('The server did not take the activity');
    expect(result).to.contain('activity.priorityAreaIds[0]: no such priority area here: "no-such-area"');
  });
});
