// importFeed and importFile on USHT feeds (the SDK's existing test feeds, invented test data).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {importFeed, importFile} from '../src/import/index.js';
import {parseFeed} from '../src/validate.js';
import {options, problemLines} from './helpers/import.js';

const feedFixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');

describe('importFeed', () => {
  it('takes the activities of a feed and the sources they cite, and says which collections it leaves out', () => {
    const text = feedFixture('good-feed.json');
    const result = importFeed(text, options({centreId: 'test-senter', fileName: 'good-feed.json'}));
    const {feed} = parseFeed(JSON.parse(text), 'good-feed.json');
    assert.deepEqual(result.rejected, []);
    assert.deepEqual(result.activities, feed.activities);
    assert.deepEqual(result.sources, feed.sources);
    assert.deepEqual(problemLines(result.warnings), ['-: feed-collections-ignored']);
    assert.match(result.warnings[0]?.message ?? '', /left out: centres, priorityAreas/);
  });

  it('rejects invalid records by their path, with the schema\'s issues in the language asked for', () => {
    const result = importFeed(feedFixture('broken-feed.json'), options({centreId: 'test-senter', locale: 'nb'}));
    assert.deepEqual(result.rejected.map((p) => `${p.path}: ${p.code}`), ['activities[1]: invalid-record', 'activities[2]: invalid-record', 'activities[3]: invalid-record']);
    assert.equal(result.rejected[0]?.activityId, 'test-webinar-oktober');
    assert.ok(result.rejected.flatMap((p) => p.issues ?? []).some((i) => i.path === 'activities[3].registration.url' && /nettadresse/.test(i.message)));
    assert.deepEqual(result.activities.map((a) => a.id), ['test-fagdag-mars']);
  });

  it('warns when the activities belong to another centre than the one importing', () => {
    const result = importFeed(feedFixture('good-feed.json'), options({centreId: 'telemark'}));
    assert.equal(result.warnings.filter((w) => w.code === 'centre-differs').length, 4);
    assert.ok(result.activities.every((a) => a.centreId === 'test-senter'), 'kept as the feed says');
  });

  it('refuses text that is not JSON, naming the line and column, and JSON that is not a feed', () => {
    const notJson = importFeed(feedFixture('not-json.json'), options());
    assert.deepEqual(problemLines(notJson.rejected), ['-: json-unreadable']);
    assert.match(notJson.rejected[0]?.message ?? '', /\(line 3, column 1\)/);
    const notFeed = importFile('data.json', new TextEncoder().encode('{"format": "ical"}'), options());
    assert.deepEqual(problemLines(notFeed.rejected), ['-: feed-not-a-feed']);
    assert.deepEqual(notFeed.rejected[0]?.issues?.map((i) => i.path), ['format', 'version']);
  });

  it('refuses a feed or calendar file that is not UTF-8', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('{"format": "usht-feed", "version": 1, "publisher": "'), 0xf8, 0x22, 0x7d]);
    assert.deepEqual(problemLines(importFile('feed.json', latin1, options()).rejected), ['-: file-not-utf8']);
  });
});
