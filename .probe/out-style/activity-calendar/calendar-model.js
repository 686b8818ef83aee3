// Dates are `YYYY-MM-DD` strings in Europe/Oslo wall-clock time, as the data carries them. All
// arithmetic runs on UTC midnights, so neither the visitor's time zone nor a DST change (last
// Sunday of March and October) can shift an activity to another day.
const DAY = 86_400_000;
/** `YYYY-MM-DD` of a UTC date. */
const keyOfUtc = (date) => date.toISOString().slice(0, 10);
const utc = (key) => new Date(Date.UTC(+key.slice(0, 4), +key.slice(5, 7) - 1, +key.slice(8, 10)));
export const isDateKey = (value) => !!value && /^\d{4}-\d\d-\d\d$/.test(value) && keyOfUtc(utc(value)) === value;
export const addDays = (key, days) => keyOfUtc(new Date(utc(key).getTime() + days * DAY));
export const daysBetween = (from, to) => Math.round((utc(to).getTime() - utc(from).getTime()) / DAY);
/** Monday = 0 … Sunday = 6. */
export const weekday = (key) => (utc(key).getUTCDay() + 6) % 7;
/** ISO 8601 week number (Norway numbers weeks this way: weeks start on Monday, week 1 holds 4 January). */
export function isoWeek(key) {
    const thursday = utc(addDays(key, 3 - weekday(key)));
    const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
    return Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1;
}
/** The key of the same day `months` months away, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(key, months) {
    const date = utc(key);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), last));
    return keyOfUtc(target);
}
/** Whole Monday-first weeks covering the month of `key` (4–6 rows of 7 date keys). */
export function monthWeeks(key) {
    const first = `${key.slice(0, 7)}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const weeks = [];
    for (let day = addDays(first, -weekday(first)); day <= last; day = addDays(day, 7)) {
        weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    }
    return weeks;
}
/** Within a day: all-day first, then by time, then by title. */
const sortKey = (o) => o.startTime ?? (o.endTime ? '00:00' : '');
const byTime = (a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x < y ? -1 : x > y ? 1 : a.activity.title < b.activity.title ? -1 : a.activity.title > b.activity.title ? 1 : 0;
};
/** Stretches longer than this (a project over months) appear once, not on every day of the agenda. */
export const LONGEST_REPEATED_STRETCH = 31;
/**
 * Every day an activity takes place on, within the optional inclusive range: each day of a
 * multi-day activity and each session of one that meets several times.
 */
export function occurrencesOf(activity, from, to) {
    const { schedule } = activity;
    const spans = schedule.sessions && schedule.sessions.length > 1 ? schedule.sessions : [schedule];
    const out = [];
    spans.forEach((span, index) => {
        const startDate = span.start.slice(0, 10);
        const timed = !schedule.allDay && span.start.length > 10;
        const startTime = timed ? span.start.slice(11, 16) : undefined;
        const rawEnd = span.end?.slice(0, 10);
        const endDate = rawEnd && rawEnd > startDate ? rawEnd : startDate;
        const endTime = timed && span.end && span.end.length > 10 && span.end > span.start ? span.end.slice(11, 16) : undefined;
        const days = daysBetween(startDate, endDate) + 1;
        const base = { activity, session: index + 1, sessions: spans.length };
        if (days > LONGEST_REPEATED_STRETCH) {
            if ((to && startDate > to) || (from && endDate < from))
                return;
            const date = from && startDate < from ? from : startDate;
            out.push({ ...base, date, day: 1, days: 1, until: endDate });
            return;
        }
        for (let i = 0; i < days; i++) {
            const date = i === 0 ? startDate : addDays(startDate, i);
            if ((from && date < from) || (to && date > to))
                continue;
            const first = i === 0;
            const last = i === days - 1;
            const dayStart = first ? startTime : undefined;
            const dayEnd = last ? endTime : undefined;
            out.push({ ...base, date, day: i + 1, days, startTime: dayStart, endTime: dayEnd });
        }
    });
    return out;
}
export function indexByDay(activities, from, to) {
    const byDay = new Map();
    let size = 0;
    for (const activity of activities) {
        for (const occurrence of occurrencesOf(activity, from, to)) {
            const list = byDay.get(occurrence.date);
            if (list)
                list.push(occurrence);
            else
                byDay.set(occurrence.date, [occurrence]);
            size++;
        }
    }
    for (const list of byDay.values()) {
        if (list.length > 1)
            list.sort(byTime);
    }
    return { days: [...byDay.keys()].sort(), byDay, size };
}
//# sourceMappingURL=calendar-model.js.map