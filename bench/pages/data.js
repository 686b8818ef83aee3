// The same deterministic sample activities for every library (the element's own SAMPLE generator,
// `sample: true` on each), spread over the 42 days of the September 2026 month grid (Monday
// 31 August – Sunday 11 October), as in performance-anchors.md §6.3.
import {sampleActivities} from '/out/activity-calendar/sample-activities.js';

export const GRID_START = '2026-08-31';
export const GRID_DAYS = 42;

export function activities(n) {
  return sampleActivities(n, {seed: 42, start: GRID_START, days: GRID_DAYS});
}

const nextDay = (date) => new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The same activities as FullCalendar events, shaped the way a host would hand them over: one
 * event per session, all-day ends exclusive. Done before t0, like building the array itself.
 */
export function fullCalendarEvents(list) {
  const events = [];
  for (const a of list) {
    const spans = a.schedule.sessions?.length > 1 ? a.schedule.sessions : [a.schedule];
    spans.forEach((span, i) => {
      const allDay = a.schedule.allDay;
      const end = span.end ?? undefined;
      events.push({
        id: `${a.id}-${i}`, title: a.title, allDay,
        start: span.start, end: allDay ? nextDay((end ?? span.start).slice(0, 10)) : end,
        extendedProps: {centreId: a.centreId},
      });
    });
  }
  return events;
}
