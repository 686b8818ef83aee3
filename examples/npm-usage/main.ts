// Bundler usage of usht-kit: register the elements you use, give them a data source, and use the
// SDK for your own markup. Type-checked with the project's tests (tsconfig.test.json).
import '@usht/elements/usht-provider.js';
import '@usht/elements/usht-priority-badge.js';
import {createClient, isUshtError} from '@usht/sdk';

// The embedded, sourced data set; pass {feed: '/usht/feed.json'} or {baseUrl: 'https://…/api/'} for your own.
const client = createClient();

const provider = document.querySelector('usht-provider');
if (provider) {
  provider.client = client;
  // Your own wording for any string, per locale.
  provider.messages = {nn: {priorityBadge: {listLabel: 'Satsingsområda til aktiviteten'}}};
}

// Your own markup from the same data: text only (textContent), never HTML from data.
const list = document.querySelector<HTMLUListElement>('#areas');
try {
  const {items, rejected} = await client.priorityAreas();
  for (const area of items.filter((a) => a.category === 'standing')) {
    const item = document.createElement('li');
    item.lang = 'nb'; // the names in the data are Bokmål
    item.textContent = area.name;
    list?.append(item);
  }
  if (rejected.length > 0) console.warn(`${rejected.length} priority areas were invalid and left out`, rejected);
} catch (error) {
  // Every failure is a typed UshtError: network, timeout, http, invalid-data or not-found.
  if (isUshtError(error)) console.error(`Could not load the priority areas (${error.code}): ${error.message}`);
  else throw error;
}
