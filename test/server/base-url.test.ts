// The widgets and the SDK in Chromium, reading @usht/server over HTTP from another origin (the
// server's own loopback port), as a municipal page reads a centre's API: the real server, its
// CORS, its ETags; nothing stubbed.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import {createClient, type Activity} from '@usht/sdk';
import '../../packages/elements/src/provider/usht-provider.js';
import '../../packages/elements/src/activity-calendar/usht-activity-calendar.js';
import '../../packages/elements/src/centre-map/usht-centre-map.js';
import {visibleText} from '../helpers/dom.js';

interface ServerAnswer {
  url: string;
  token?: string;
  requests?: {method: string; url: string; status: number; ifNoneMatch: string | null}[];
}
const server = (payload: Record<string, unknown> = {}) => executeServerCommand('usht-server', payload) as Promise<ServerAnswer>;

describe('widgets on @usht/server (base-url)', function () {
  this.timeout(30000);

  it('the calendar shows a centre\'s activities as the server has them, read cross-origin', async () => {
    const {url} = await server();
    expect(new URL(url).origin).not.to.equal(location.origin);
    const page = await (await fetch(`${url}activities?centre=telemark`)).json() as {items: Activity[]};
    expect(page.items.length).to.be.greaterThan(0);
    const provider = await fixture(html`<usht-provider base-url=${url}><usht-activity-calendar centre="telemark" include-past></usht-activity-calendar></usht-provider>`);
    const calendar = provider.querySelector('usht-activity-calendar')!;
    await waitUntil(() => page.items.every((a) => visibleText(calendar).includes(a.title)), `calendar shows "${visibleText(calendar).slice(0, 200)}"`, {timeout: 15000});
    await expect(provider).to.be.accessible();
  });

  it('the map lists all 21 centres from the server, and its finder answers from the server\'s municipalities', async () => {
    const {url} = await server({requests: true});
    const provider = await fixture(html`<usht-provider base-url=${url}><usht-centre-map></usht-centre-map></usht-provider>`);
    const map = provider.querySelector('usht-centre-map')!;
    await waitUntil(() => visibleText(map).includes('USHT Telemark') && visibleText(map).includes('USHT Finnmark'), 'map lists centres', {timeout: 15000});
    // Read from the server (or from the browser's cache of it, within the server's max-age), not the embedded data.
    const read = performance.getEntriesByType('resource').map((e) => e.name);
    expect(read).to.include.members([`${url}centres`]);
    const {requests} = await server({requests: true});
    expect(requests!.every((r) => r.status < 400), JSON.stringify(requests)).to.equal(true);
  });

  it('the SDK in the browser revalidates with If-None-Match and gets 304, then sees a published change', async () => {
    const {url, token} = await server({token: 'telemark', requests: true});
    const client = createClient({baseUrl: url});
    // A query no earlier test made, so the browser's own cache has no copy of it.
    const first = await client.activities({centreId: 'telemark', mode: 'digital'});
    const again = await client.activities({centreId: 'telemark', mode: 'digital'});
    expect(again).to.equal(first);
    const {requests} = await server({requests: true});
    // (If-None-Match is not a CORS-safelisted header: the revalidation is preceded by a preflight.)
    const reads = requests!.filter((r) => r.method === 'GET' && r.url.startsWith('/activities?'));
    expect(reads.map((r) => r.status)).to.deep.equal([200, 304]);
    expect(reads[1]!.ifNoneMatch).to.match(/^"/);

    const activity: Activity = {
      id: 'telemark-2027-04-20-nettleser', title: 'Publisert fra en nettleser', kind: 'webinar', centreId: 'telemark',
      schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2027-04-20T13:00', end: '2027-04-20T14:00'}, mode: 'digital', place: null,
      audience: [], priorityAreaIds: [], registration: null, status: 'scheduled', language: 'nb',
      source: ['web-telemark-2019-03-12-nettverksmote-demens-klyvetun'],
    };
    const response = await fetch(`${url}centres/telemark/activities`, {
      method: 'POST', headers: {'content-type': 'application/json', authorization: `Bearer ${token}`}, body: JSON.stringify(activity),
    });
    expect(response.status).to.equal(201);
    expect(response.headers.get('etag')).to.match(/^"/, 'ETag is exposed to a cross-origin page');
    const third = await client.activities({centreId: 'telemark', mode: 'digital'});
    expect(third.items.map((a) => a.id)).to.include(activity.id);
  });

  it('a 429 from the server is waited out as its Retry-After says, and the page gets its data', async () => {
    const {url} = await server({limited: true, requests: true});
    const client = createClient({baseUrl: url});
    await client.centres();
    await client.counties();
    const areas = await client.priorityAreas();
    expect(areas.items.length).to.be.greaterThan(0);
    const {requests} = await server({limited: true, requests: true});
    const reads = requests!.filter((r) => r.method === 'GET');
    expect(reads.map((r) => `${r.url} ${r.status}`)).to.deep.equal(['/centres 200', '/counties 200', '/priority-areas 429', '/priority-areas 200']);
  });
});
