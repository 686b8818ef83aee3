// The activity editor's form model: what a coordinator types (dd.mm.åååå, tt:mm, one audience per
// line) becomes the record the SDK's schema checks, and every stored activity survives a trip
// through the form unchanged, so editing nothing changes nothing (and raises no sequence).
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {activitySchema, type Activity} from '../../sdk/src/index.js';
import {embeddedSource} from '../../sdk/src/sources/embedded.js';
import {
  activityFromForm, emptyForm, fieldForPath, formFromActivity, newActivityId, parseDate, parseTime, sameActivity, slug,
  type ActivityForm,
} from '../src/activity-editor/activity-form.js';

const form = (patch: Partial<ActivityForm>): ActivityForm => ({...emptyForm('buskerud', 'nb'), ...patch});

describe('activity form: dates and times as people type them', () => {
  it('reads dd.mm.åååå, d.m.åååå and ISO dates, and nothing else', () => {
    assert.equal(parseDate('05.03.2026'), '2026-03-05');
    assert.equal(parseDate(' 5.3.2026 '), '2026-03-05');
    assert.equal(parseDate('5/3/2026'), '2026-03-05');
    assert.equal(parseDate('2026-03-05'), '2026-03-05');
    for (const bad of ['', '5.3.26', '2026.03.05', '32.01.2026', '01.13.2026', 'i morgen', '05.03.2026 10:00']) {
      assert.equal(parseDate(bad), undefined, bad);
    }
    // Whether 30 February exists is the schema's to say, in its own words.
    assert.equal(parseDate('30.02.2026'), '2026-02-30');
  });

  it('reads tt:mm, t:mm and tt.mm times within the day', () => {
    assert.equal(parseTime('09:30'), '09:30');
    assert.equal(parseTime('9:30'), '09:30');
    assert.equal(parseTime('14.05'), '14:05');
    for (const bad of ['24:00', '12:60', '930', '9', '']) assert.equal(parseTime(bad), undefined, bad);
  });
});

describe('activity form → record', () => {
  it('makes a timed one-day activity with an end time on the same day', () => {
    const {record, problems} = activityFromForm(form({
      title: ' Demensnettverk ', kind: 'network-meeting', mode: 'physical', venue: 'Rådhuset',
      sessions: [{startDate: '05.03.2026', startTime: '09:00', endDate: '', endTime: '15:30'}],
      audience: 'Ledere\n\n Ressurspersoner ', priorityAreaIds: ['demensplan-2025'],
    }), ['buskerud-egen-publisering']);
    assert.deepEqual(problems, []);
    assert.equal(record['title'], 'Demensnettverk');
    assert.deepEqual(record['schedule'], {timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-05T09:00', end: '2026-03-05T15:30'});
    assert.deepEqual(record['place'], {venue: 'Rådhuset', locality: null, municipalityNumber: null});
    assert.deepEqual(record['audience'], ['Ledere', 'Ressurspersoner']);
    assert.equal(record['registration'], null);
  });

  it('makes an all-day activity over several days and a course over several meetings', () => {
    const allDay = activityFromForm(form({allDay: true, sessions: [{startDate: '01.10.2026', startTime: '', endDate: '02.10.2026', endTime: ''}]}), ['x']);
    assert.deepEqual(allDay.record['schedule'], {timeZone: 'Europe/Oslo', allDay: true, start: '2026-10-01', end: '2026-10-02'});
    const course = activityFromForm(form({sessions: [
      {startDate: '10.02.2026', startTime: '09:00', endDate: '', endTime: '12:00'},
      {startDate: '10.03.2026', startTime: '09:00', endDate: '', endTime: '12:00'},
    ]}), ['x']);
    assert.deepEqual(course.record['schedule'], {
      timeZone: 'Europe/Oslo', allDay: false, start: '2026-02-10T09:00', end: '2026-03-10T12:00',
      sessions: [{start: '2026-02-10T09:00', end: '2026-02-10T12:00'}, {start: '2026-03-10T09:00', end: '2026-03-10T12:00'}],
    });
  });

  it('names the field of each problem the form finds before the schema', () => {
    const {problems} = activityFromForm(form({
      sessions: [{startDate: '5. mars', startTime: '25:00', endDate: '', endTime: ''}, {startDate: '', startTime: '', endDate: '', endTime: ''}],
      registrationDeadline: 'snart',
    }), ['x']);
    assert.deepEqual(problems, [
      {field: 's0-start-date', code: 'date-format'},
      {field: 's0-start-time', code: 'time-format'},
      {field: 's1-start-date', code: 'start-date-required'},
      {field: 's1-start-time', code: 'start-time-required'},
      {field: 'reg-deadline', code: 'date-format'},
    ]);
    const backwards = activityFromForm(form({sessions: [{startDate: '05.03.2026', startTime: '15:00', endDate: '', endTime: '09:00'}]}), ['x']);
    assert.deepEqual(backwards.problems, [{field: 's0-end-time', code: 'end-before-start'}]);
  });

  it('puts the schema\'s problems next to the fields they are about', () => {
    const f = form({sessions: [{startDate: '', startTime: '', endDate: '', endTime: ''}, {startDate: '', startTime: '', endDate: '', endTime: ''}]});
    assert.equal(fieldForPath('title', f), 'title');
    assert.equal(fieldForPath('registration.url', f), 'reg-url');
    assert.equal(fieldForPath('place.municipalityNumber', f), 'municipality');
    assert.equal(fieldForPath('schedule.start', f), 's0-start-date');
    assert.equal(fieldForPath('schedule.end', f), 's1-end-date');
    assert.equal(fieldForPath('schedule.sessions[1].start', f), 's1-start-date');
    assert.equal(fieldForPath('translations.en.title', f), 'tr-en-title');
    assert.equal(fieldForPath('audience[2]', f), 'audience');
    assert.equal(fieldForPath('source', f), undefined);
  });
});

describe('activity form ↔ stored activity', () => {
  it('gives back every embedded activity unchanged when nothing is edited', async () => {
    const {items} = await embeddedSource().activities({});
    assert.ok(items.length >= 15, `embedded activities: ${items.length}`);
    for (const activity of items) {
      const {record, problems} = activityFromForm(formFromActivity(activity), activity.source, activity);
      assert.deepEqual(problems, [], activity.id);
      const parsed = z.safeParse(activitySchema, record);
      assert.ok(parsed.success, `${activity.id}: ${JSON.stringify(parsed.error?.issues)}`);
      assert.ok(sameActivity(parsed.data, activity), `${activity.id} changed:\n${JSON.stringify(parsed.data)}\n${JSON.stringify(activity)}`);
    }
  });

  it('keeps translations, sessions and what the form does not show', () => {
    const activity: Activity = {
      id: 'test-kurs', title: 'Kurs', kind: 'course', centreId: 'oslo', organiser: 'Testkommune', organiserRole: 'co-organiser',
      schedule: {timeZone: 'Europe/Oslo', allDay: false, start: '2026-03-28T10:00', end: '2026-03-30T12:00', sessions: [
        {start: '2026-03-28T10:00', end: '2026-03-28T15:00'}, {start: '2026-03-30T09:00', end: '2026-03-30T12:00'},
      ]},
      mode: 'hybrid', place: {venue: 'Sal 1', locality: 'Oslo', municipalityNumber: '0301', note: 'Inngang B'},
      videoUrl: 'https://example.org/mote', audience: ['Ledere'], priorityAreaIds: ['velferdsteknologi'],
      registration: {url: 'https://example.org/pamelding', deadline: '2026-03-20', contact: 'post@example.org'},
      status: 'full', language: 'nb', summary: 'Om kurset.', translations: {en: {title: 'Course', summary: 'About the course.'}},
      sequence: 3, confidence: 'high', notes: ['Testdata.'], sample: true, source: ['test-kilde'],
    };
    const {record} = activityFromForm(formFromActivity(activity), activity.source, activity);
    assert.ok(sameActivity(record, activity), JSON.stringify(record));
    assert.equal(record['sequence'], 3, 'the caller raises the sequence when something changed');
  });

  it('tells a changed activity from an unchanged one, whatever the key order', () => {
    const a = {id: 'x', title: 'A', sequence: 1, schedule: {start: '2026-01-01', allDay: true}};
    assert.ok(sameActivity(a, {schedule: {allDay: true, start: '2026-01-01'}, sequence: 4, title: 'A', id: 'x'}));
    assert.ok(!sameActivity(a, {...a, title: 'B'}));
  });
});

describe('activity ids', () => {
  it('makes a readable kebab-case id from centre, title and day, unique in the feed', () => {
    assert.equal(slug('Fagdag: Æ, ø og å i Tromsø!'), 'fagdag-ae-o-og-a-i-tromso');
    const id = newActivityId('buskerud', 'Demensnettverk – vårsamling', '2026-03-05T09:00', new Set());
    assert.equal(id, 'buskerud-demensnettverk-varsamling-2026-03-05');
    assert.equal(newActivityId('buskerud', 'Demensnettverk – vårsamling', '2026-03-05', new Set([id, `${id}-2`])), `${id}-3`);
    assert.equal(newActivityId('oslo', '!!!', undefined, new Set()), 'oslo-aktivitet');
    assert.match(newActivityId('oslo', 'x'.repeat(500), '2026-01-01', new Set()), /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});
