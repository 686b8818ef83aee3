import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import type {Activity, ActivityMode, ResultSet} from '@usht/sdk';
import {UshtElement} from '../shared/usht-element.js';
import {headingLevel} from '../shared/heading-level.js';
import {DataController} from '../shared/data-controller.js';
import {renderError, renderRejectedNote} from '../shared/states.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {checkEnum, warnOnce} from '../shared/dev-warnings.js';
import type {Localizer} from '../shared/localizer.js';
import {formatDate, parsePlainDate, todayKey, weekdayNames} from '../shared/dates.js';
import {common} from '../locales/common.js';
import {activityCalendar} from '../locales/activity-calendar.js';
import {addMonths, indexByDay, isDateKey, isoWeek, keyMove, monthWeeks, occurrencesOn, type DayIndex, type Occurrence} from './calendar-model.js';
import {UshtFilterChangeEvent, type ActivityFilters} from './activity-calendar.events.js';
import {styles} from './activity-calendar.styles.js';

export const calendarViews = ['agenda', 'month'] as const;
export type CalendarView = (typeof calendarViews)[number];

const TAG = 'usht-activity-calendar';
// Local, not the SDK's list: importing a value from the SDK would bundle zod with the element.
const activityModes: readonly ActivityMode[] = ['physical', 'digital', 'hybrid'];

// The agenda renders in chunks behind a "Show more (N left)" button rather than loading more as a
// sentinel scrolls into view. Endless scrolling keeps pushing whatever follows the list out of
// reach of keyboard users and gives screen-reader users no sign that more exists; a real button
// says how many are left, is one Tab away, and moves focus to the first newly shown activity
// (WCAG 2.1.1, 2.4.3). So the DOM holds FIRST_CHUNK activities at first (about three screens of
// a 900 px window), whatever the data size.
const FIRST_CHUNK = 15;
const NEXT_CHUNK = 30;
// Text fields filter as the user types, once typing pauses, so the count is announced once.
const TYPING_PAUSE = 300;

/** Filter properties, their attributes, and so their `usht-<attribute>` URL parameters. */
const filterAttributes = {
  centre: 'centre', priorityArea: 'priority-area', mode: 'mode', audience: 'audience', search: 'search',
  from: 'from', to: 'to', includePast: 'include-past',
} as const;
type FilterProperty = keyof typeof filterAttributes;

interface Loaded {
  readonly result: ResultSet<Activity>;
  readonly index: DayIndex;
}

interface Names {
  readonly centres: ReadonlyMap<string, string>;
  readonly areas: ReadonlyMap<string, string>;
}

/** A collection's records, or none when the source cannot give them (they only label things). */
const items = <T>(request: Promise<ResultSet<T>>) => request.then((r) => r.items, (): readonly T[] => []);

let loadBadges: Promise<unknown> | undefined;
let collator: Intl.Collator | undefined;

/** Formatted dates and counts per localizer (one per locale and host wording): a month grid formats 42 days. */
const texts = new WeakMap<Localizer, Map<string, string>>();

/**
 * USHT activities as an agenda list grouped by day (the default) or a month grid, with filters
 * that are ordinary form controls, a result count announced politely, and "add to calendar"
 * (`.ics`) per activity and for the filtered list. Times are Europe/Oslo wall-clock times.
 *
 * Fallback (R18): put a link to the centre's activity page inside the tag; it shows until the
 * element renders and stays if JavaScript does not run:
 * `<usht-activity-calendar><a href="…">Se aktivitetene</a></usht-activity-calendar>`.
 *
 * Properties are declared with `static properties` rather than decorators: every decorated
 * property adds a helper call to the output, and this element has a dozen against a 16 KiB budget
 * (budgets.md).
 *
 * @summary Agenda and month grid of USHT activities with filters and .ics downloads.
 * @tagname usht-activity-calendar
 * @fires {UshtFilterChangeEvent} usht-filter-change - The user changed a filter; `detail` holds every filter.
 * @csspart base - The wrapper of everything the element shows.
 * @csspart filters - The filter form.
 * @csspart status - The result count (a polite live region).
 * @csspart date - A day heading.
 * @csspart item - One activity.
 * @csspart grid - The month grid.
 * @csspart note - The sample-data and invalid-record notes.
 * @csspart subscribe - The subscribe links (with `subscribe-url`).
 * @cssprop [--usht-calendar-cell-min-height=5.5em] - Minimum height of a day in the month grid.
 */
export class UshtActivityCalendar extends UshtElement {
  static override styles = [tokens, stateStyles, styles];
  static override sections = {common, activityCalendar};
  static override properties = {
    view: {},
    centre: {},
    priorityArea: {attribute: 'priority-area'},
    mode: {},
    audience: {},
    search: {},
    from: {},
    to: {},
    month: {},
    includePast: {type: Boolean, attribute: 'include-past'},
    syncUrl: {type: Boolean, attribute: 'sync-url'},
    headingLevel: {type: Number, attribute: 'heading-level'},
    subscribeUrl: {attribute: 'subscribe-url'},
    shown: {state: true, attribute: false},
    focusDate: {state: true, attribute: false},
    selectedDate: {state: true, attribute: false},
  };

  private readonly activities = new DataController<Loaded>(
    this,
    async (client, signal) => {
      const query = this.query();
      const result = await client.activities(query, {signal});
      return {result, index: indexByDay(result.items, query.from, query.to)};
    },
    () => Object.values(this.query()),
  );

  // Names for the filters, the centres and the .ics categories. They only label what the activities
  // already show (by id until they come), so they load after the activities are painted: loading
  // and validating them would otherwise hold up the first render (budgets.md). A source without
  // them still shows its activities.
  private readonly names = new DataController<Names>(
    this,
    async (client, signal) => {
      if (!this.namesWanted) return {centres: new Map(), areas: new Map()};
      const [centres, areas] = await Promise.all([items(client.centres({signal})), items(client.priorityAreas({signal}))]);
      const sorted = (list: readonly {id: string; name: string}[]) =>
        new Map([...list].sort((a, b) => (collator ??= new Intl.Collator('nb')).compare(a.name, b.name)).map((x) => [x.id, x.name]));
      return {centres: sorted(centres), areas: sorted(areas)};
    },
    () => [this.namesWanted],
  );

  /** `agenda` (a list grouped by day, the default) or `month` (a month grid). */
  declare view: string;
  /** Show only this centre's activities (a centre id, e.g. `oslo`). */
  declare centre: string;
  /** Show only activities in this priority area (an id, e.g. `demensplan-2025`). */
  declare priorityArea: string;
  /** `physical`, `digital` or `hybrid` (hybrid activities match both of the others); empty shows all. */
  declare mode: string;
  /** Show only activities whose audience contains this text. */
  declare audience: string;
  /** Free text over title, summary, audience, place and organiser. */
  declare search: string;
  /** First day shown, `YYYY-MM-DD` (Europe/Oslo). */
  declare from: string;
  /** Last day shown (inclusive), `YYYY-MM-DD` (Europe/Oslo). */
  declare to: string;
  /** The month the grid opens on, `YYYY-MM`; defaults to the month of `from`, else this month. */
  declare month: string;
  /** Show activities that are over; by default only today's and later ones are shown. */
  declare includePast: boolean;
  /** Mirror filters and view in the page URL (`usht-`-prefixed query parameters) so a view can be shared. */
  declare syncUrl: boolean;
  /** Level of the day headings (2–5); activity titles are one level below. */
  declare headingLevel: number;
  /**
   * The https URL of the host's published .ics feed (e.g. made with the SDK's `usht ics` CLI).
   * Shows "Subscribe to the calendar" with a `webcal://` link and the https address (for adding
   * by URL in Google or Outlook). Anything but an https URL is ignored with a console warning.
   */
  declare subscribeUrl: string | undefined;
  private declare shown: number;
  /** The grid's active day (its one tab stop); empty until the user moves. */
  private declare focusDate: string;
  private declare selectedDate: string;

  private indexed: Loaded | undefined;
  private strings!: Localizer;
  private namesWanted = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private downloadUrl: string | undefined;
  private focusNext: string | undefined;
  // The date fields (with their picker dialog) and the subscribe links load on demand (R8, R20):
  // when "more filters" first opens, or with a subscribe-url. The entry is held at a size ceiling
  // (scripts/size-report.js). If the chunk cannot load, the native date fields stay.
  private extras: import('./calendar-extras.js').CalendarExtras | undefined;

  constructor() {
    super();
    this.view = 'agenda';
    this.centre = this.priorityArea = this.mode = this.audience = this.search = this.from = this.to = this.month = '';
    this.includePast = this.syncUrl = false;
    this.headingLevel = 2;
    this.shown = FIRST_CHUNK;
    this.focusDate = this.selectedDate = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const params = new URL(location.href).searchParams;
      const self = this as unknown as Record<string, unknown>;
      for (const [name, attribute] of Object.entries({...filterAttributes, view: 'view', month: 'month'})) {
        const value = params.get(`usht-${attribute}`);
        if (value !== null) self[name] = name === 'includePast' ? value === '1' : value;
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.activities.value !== this.indexed) {
      this.indexed = this.activities.value;
      this.shown = FIRST_CHUNK;
    }
    if (changed.has('month') || changed.has('from')) this.focusDate = '';
    if (changed.has('subscribeUrl') && this.subscribeUrl) this.loadExtras();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.namesWanted && this.activities.status !== 'loading') {
      this.namesWanted = true;
      // Labels are idle-time work: after the activities are painted, when the page has a moment.
      const load = () => this.requestUpdate();
      if (typeof requestIdleCallback === 'function') requestIdleCallback(load, {timeout: 500});
      else setTimeout(load, 50);
    }
    if (this.focusNext) this.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  // Handlers

  private handleFilter(event: Event): void {
    const field = event.target as HTMLInputElement;
    clearTimeout(this.typingTimer);
    if (event.type === 'input') {
      // Selects, dates and the checkbox apply on `change`; text fields once typing pauses.
      if (field.type === 'text' || field.type === 'search') this.typingTimer = setTimeout(() => this.applyFilter(field), TYPING_PAUSE);
      return;
    }
    this.applyFilter(field);
  }

  /** A form field, or a date the date picker chose (`{name, value}`). */
  private applyFilter(field: {name: string; value: string; type?: string; checked?: boolean}): void {
    const value = field.type === 'checkbox' ? field.checked : field.value;
    if (value === (this as unknown as Record<string, unknown>)[field.name]) return;
    (this as unknown as Record<string, unknown>)[field.name] = value;
    this.filtersChanged();
  }

  private resetFilters(): void {
    clearTimeout(this.typingTimer);
    this.centre = this.priorityArea = this.mode = this.audience = this.search = this.from = this.to = '';
    this.includePast = false;
    this.extras?.reset();
    this.filtersChanged();
  }

  private loadExtras(): void {
    import('./calendar-extras.js').then((m) => {
      // `as never`: the extras read `strings`, private to this class (ExtrasHost in calendar-extras.ts).
      this.extras ??= new m.CalendarExtras(this as never, (field) => this.applyFilter(field));
    }, () => undefined);
  }

  private showPast(): void {
    this.includePast = true;
    this.filtersChanged();
    this.focusNext = '[name="includePast"]';
  }

  private filtersChanged(): void {
    this.writeUrl();
    const filters = Object.fromEntries(Object.keys(filterAttributes).map((name) => [name, this[name as FilterProperty]]));
    this.dispatchEvent(new UshtFilterChangeEvent(filters as unknown as ActivityFilters));
  }

  private setView(view: CalendarView): void {
    if (view === this.currentView) return;
    this.view = view;
    this.writeUrl();
  }

  private showMore(): void {
    this.focusNext = `[data-n="${this.shown}"]`;
    this.shown += NEXT_CHUNK;
  }

  private handleGridKey(event: KeyboardEvent): void {
    const date = this.activeDate;
    const next = keyMove(event, date);
    if (next) {
      this.moveTo(next, true);
    } else if (event.key === 'Enter' || event.key === ' ') {
      this.selectDay(date, '#day-heading');
    } else {
      return;
    }
    event.preventDefault();
  }

  private handleGridClick(event: Event): void {
    const date = (event.target as Element).closest<HTMLElement>('[data-date]')?.dataset.date;
    if (date) this.selectDay(date, `[data-date="${date}"]`);
  }

  private moveTo(date: string, focus: boolean): void {
    this.focusDate = date;
    this.writeUrl();
    if (focus) this.focusNext = `[data-date="${date}"]`;
  }

  private selectDay(date: string, focus: string): void {
    this.moveTo(date, false);
    this.selectedDate = date;
    this.shown = FIRST_CHUNK;
    this.focusNext = focus;
  }

  private async download(activities: readonly Activity[], name: string): Promise<void> {
    // The .ics writer comes with the SDK on first use, not with the element (size budget).
    // Sources (for the "Kilde" line and link of real activities) are read only here: they are the
    // largest collection and nothing else in the calendar needs them.
    const loaded = await Promise.all([import('@usht/sdk/ics'), items(this.dataClient.sources())]).catch((error: unknown) => {
      warnOnce(`${TAG}:ics`, `<${TAG}>: the calendar file could not be made (${String(error)}).`);
    });
    if (!loaded) return;
    const [{toICS, icsFileName, ICS_CONTENT_TYPE}, sources] = loaded;
    const text = toICS(activities, {
      locale: this.locale,
      priorityAreas: [...(this.names.value?.areas ?? [])].map(([id, areaName]) => ({id, name: areaName})),
      sources,
    });
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    // Kept until the next download or disconnect: revoking right after click() can cancel the download.
    this.downloadUrl = URL.createObjectURL(new Blob([text], {type: ICS_CONTENT_TYPE}));
    const link = document.createElement('a');
    link.href = this.downloadUrl;
    link.download = icsFileName(name);
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
  }

  // Helpers

  private get currentView(): CalendarView {
    return checkEnum(TAG, 'view', this.view, calendarViews, 'agenda');
  }

  private date(name: 'from' | 'to'): string | undefined {
    const value = this[name];
    if (isDateKey(value)) return value;
    if (value) warnOnce(`${TAG}:${name}:${value}`, `<${TAG}>: ${name}="${value}" is not a date (YYYY-MM-DD); ignoring it.`);
    return undefined;
  }

  /** What the source is asked for: activities that are over are cut off unless the user asks for them. */
  private query() {
    const today = todayKey();
    const chosen = this.date('from');
    return {
      from: this.includePast || (chosen && chosen > today) ? chosen : today,
      to: this.date('to'),
      centreId: this.centre || undefined,
      priorityAreaId: this.priorityArea || undefined,
      mode: checkEnum<'' | ActivityMode>(TAG, 'mode', this.mode, ['', ...activityModes], '') || undefined,
      audience: this.audience.trim() || undefined,
      text: this.search.trim() || undefined,
    };
  }

  /** The grid's active day: where the user moved, else `month`, else `from`, else today. */
  private get activeDate(): string {
    const month = `${this.month}-01`;
    return this.focusDate || (isDateKey(month) ? month : this.date('from') ?? todayKey());
  }

  /** Only with `sync-url`: the host opted in to our parameters in its address bar. */
  private writeUrl(): void {
    if (!this.syncUrl) return;
    const url = new URL(location.href);
    const month = this.currentView === 'month';
    const values: Record<string, string | boolean> = {view: month && 'month', month: month && this.activeDate.slice(0, 7)};
    for (const [name, attribute] of Object.entries(filterAttributes)) values[attribute] = this[name as FilterProperty];
    for (const [attribute, value] of Object.entries(values)) {
      if (value) url.searchParams.set(`usht-${attribute}`, value === true ? '1' : value);
      else url.searchParams.delete(`usht-${attribute}`);
    }
    history.replaceState(history.state, '', url);
  }

  /** `heading-level` within 2–5 (a number or not), so activity titles one level below stay within ARIA's 6. */
  private get level(): number {
    return headingLevel(this.headingLevel, 5);
  }

  private heading(level: number, content: unknown, id?: string): TemplateResult {
    return html`<div role="heading" aria-level=${level} class="heading" id=${id ?? nothing} tabindex=${id ? '-1' : nothing} part=${level === this.level ? 'date' : nothing}>${content}</div>`;
  }

  private memo(key: string, make: () => string): string {
    let cache = texts.get(this.strings);
    if (!cache) texts.set(this.strings, (cache = new Map()));
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = make()));
    return text;
  }

  private day(key: string, style: 'weekday' | 'long' = 'weekday'): string {
    return this.memo(`${style} ${key}`, () => formatDate(this.strings.locale, parsePlainDate(key), style));
  }

  private found(n: number): string {
    return this.memo(`found ${n}`, () => this.strings.count('activityCalendar', 'found', n));
  }

  private timeText(o: Occurrence): string {
    const text = (key: 'fromTime' | 'untilTime', time: string) => this.strings.text('activityCalendar', key, time);
    let out = o.until
      ? `${this.day(o.activity.schedule.start, 'long')} – ${this.day(o.until, 'long')}`
      : o.startTime && o.endTime
        ? `${o.startTime}–${o.endTime}`
        : o.startTime
          ? o.days > 1 ? text('fromTime', o.startTime) : o.startTime
          : o.endTime
            ? text('untilTime', o.endTime)
            : this.strings.text('activityCalendar', 'allDay');
    if (o.days > 1) out += `, ${this.strings.text('activityCalendar', 'dayOf', String(o.day), String(o.days))}`;
    if (o.sessions > 1) out += `, ${this.strings.text('activityCalendar', 'sessionOf', String(o.session), String(o.sessions))}`;
    return out;
  }

  private placeText({mode, place}: Activity): string {
    const i18n = this.strings;
    const where = [place?.venue, place?.locality].filter(Boolean).join(', ');
    if (mode === 'physical') return where || i18n.text('activityCalendar', 'placeNotGiven');
    return mode === 'hybrid' && where ? i18n.text('activityCalendar', 'hybridPlace', where) : i18n.text('activityCalendar', mode);
  }

  // Rendering

  override render(): TemplateResult {
    // Resolved once per render: the locale getter walks the ancestors for a lang attribute.
    const i18n = (this.strings = this.i18n);
    const {status, value: loaded} = this.activities;
    const view = this.currentView;
    const waiting = status === 'loading' && !loaded;
    const items = loaded?.result.items ?? [];
    return html`<div class="calendar" part="base" lang=${i18n.locale}>
      ${this.renderFilters()}
      <div class="bar">
        <div class="views" role="group" aria-label=${i18n.text('activityCalendar', 'view')}>
          ${calendarViews.map((v) => html`<button type="button" aria-pressed=${v === view} @click=${() => this.setView(v)}>${i18n.t('activityCalendar', v)}</button>`)}
        </div>
        <p class="count ${waiting ? 'state' : ''}" role="status" part="status" data-kind=${waiting ? 'loading' : nothing}>${
          waiting ? i18n.t('activityCalendar', 'loading') : status === 'error' ? '' : i18n.countT('activityCalendar', 'found', items.length)}</p>
        ${status === 'ready' && items.length
          ? html`<button type="button" class="secondary" @click=${() => this.download(items, i18n.text('activityCalendar', 'calendarFile'))}>${i18n.t('activityCalendar', 'addAllToCalendar')}</button>`
          : nothing}
      </div>
      ${view === 'month' || items.length ? this.extras?.renderSubscribe() : nothing}
      ${items.some((a) => a.sample)
        ? html`<p class="note" part="note"><strong>${i18n.t('common', 'sampleData')}:</strong> ${i18n.t('common', 'sampleDataNote')}</p>`
        : nothing}
      ${status === 'error'
        ? renderError(i18n, () => {
            this.names.retry();
            this.activities.retry();
          }, i18n.t('activityCalendar', 'loadFailed'))
        : loaded
          ? html`${renderRejectedNote(i18n, loaded.result.rejected.length)}${view === 'month' ? this.renderMonth(loaded.index) : this.renderAgenda(loaded.index)}`
          : nothing}
    </div>`;
  }

  // Audience and dates sit in a closed <details> ("More filters") unless one is set: fewer
  // controls to pass on a phone, and Chromium's date inputs cost a third of the first layout.
  private renderFilters(): TemplateResult {
    const i18n = this.strings;
    const names = this.names.value;
    const sorted = (map?: ReadonlyMap<string, string>) => [...(map ?? [])];
    const select = (name: 'centre' | 'priorityArea' | 'mode', all: 'allCentres' | 'allAreas' | 'allModes', options: [string, unknown][]) =>
      html`<label class="field"><span>${i18n.t('activityCalendar', name)}</span><select name=${name}>
        ${[['', i18n.t('activityCalendar', all)], ...options].map(([value, text]) => html`<option value=${value} ?selected=${value === this[name]}>${text}</option>`)}
      </select></label>`;
    // The date fields are native ones until calendar-extras.js has loaded (or if it cannot load).
    const input = (name: 'audience' | 'search' | 'from' | 'to', type: string) =>
      this.extras?.renderDate(name) ?? html`<label class="field"><span>${i18n.t('activityCalendar', name)}</span><input name=${name} type=${type} .value=${this[name]} autocomplete="off"></label>`;
    return html`<form class="filters" part="filters" role="search" aria-label=${i18n.text('activityCalendar', 'filters')}
      @change=${this.handleFilter} @input=${this.handleFilter} @submit=${(e: Event) => e.preventDefault()}>
      ${select('centre', 'allCentres', sorted(names?.centres))}
      ${select('priorityArea', 'allAreas', sorted(names?.areas))}
      ${select('mode', 'allModes', activityModes.map((m) => [m, i18n.t('activityCalendar', m)]))}
      ${input('search', 'search')}
      <details class="more-filters" ?open=${!!(this.audience || this.from || this.to)} @toggle=${this.loadExtras}>
        <summary>${i18n.t('activityCalendar', 'moreFilters')}</summary>
        <div class="filters-inner">${input('audience', 'text')}${input('from', 'date')}${input('to', 'date')}</div>
      </details>
      <label class="check"><input name="includePast" type="checkbox" .checked=${this.includePast}>${i18n.t('activityCalendar', 'includePast')}</label>
      <button type="button" class="secondary" @click=${this.resetFilters}>${i18n.t('activityCalendar', 'reset')}</button>
    </form>`;
  }

  private renderAgenda(index: DayIndex): TemplateResult {
    const i18n = this.strings;
    if (!index.size) {
      // The centre is what a host's page is about (`centre="oslo"`), not a filter the reader set:
      // named, not "nothing matches the filters". Where to look next: past activities, the filters
      // to clear, the subscription that brings new ones.
      const filtered = [this.priorityArea, this.mode, this.audience, this.search, this.from, this.to].some(Boolean);
      const centre = this.centre && this.names.value?.centres.get(this.centre);
      return html`<div class="state" data-kind="empty">
        <p>${filtered
          ? i18n.t('activityCalendar', 'noMatches')
          : centre
            ? i18n.t('activityCalendar', this.includePast ? 'noActivitiesAt' : 'noUpcomingAt', centre)
            : i18n.t('activityCalendar', this.includePast ? 'noActivities' : 'noUpcoming')}</p>
        ${this.includePast ? nothing : html`<button type="button" class="secondary" @click=${this.showPast}>${i18n.t('activityCalendar', 'includePast')}</button>`}
        ${filtered ? html`<button type="button" class="secondary" @click=${this.resetFilters}>${i18n.t('activityCalendar', 'reset')}</button>` : nothing}
        ${this.extras?.renderSubscribe()}
      </div>`;
    }
    const today = todayKey();
    const groups: TemplateResult[] = [];
    let n = 0;
    for (const day of index.days) {
      if (n >= this.shown) break;
      const list = (occurrencesOn(index, day)).slice(0, this.shown - n);
      groups.push(html`<li class="group">
        ${this.heading(this.level, html`${this.day(day)}${day === today ? html` <span class="today">(${i18n.t('activityCalendar', 'today')})</span>` : nothing}`)}
        <ul class="items">${list.map((o) => this.renderItem(o, today, n++))}</ul>
      </li>`);
    }
    return html`<ul class="list">${groups}</ul>${this.renderMore(index.size - n)}`;
  }

  private renderMore(left: number): TemplateResult | typeof nothing {
    return left > 0
      ? html`<button type="button" class="secondary more" @click=${this.showMore}>${this.strings.text('activityCalendar', 'showMore', this.strings.formatNumber(left))}</button>`
      : nothing;
  }

  private renderItem(o: Occurrence, today: string, n: number): TemplateResult {
    const i18n = this.strings;
    const a = o.activity;
    const names = this.names.value;
    const registration = a.status === 'cancelled' ? null : a.registration;
    const deadline = registration?.deadline;
    const fact = (label: 'centre' | 'organiser' | 'audience' | 'areas' | 'contact', value: unknown, lang?: string) =>
      html`<div><dt>${i18n.t('activityCalendar', label)}:</dt><dd lang=${lang ?? nothing}>${value}</dd></div>`;
    // The title in the reader's language where the activity has one (R12), marked with that language.
    const own = a.translations?.[i18n.locale];
    const title = (own ?? a).title;
    const lang = own ? i18n.locale : a.language;
    const forTitle = html`<span class="visually-hidden">: ${title}</span>`;
    return html`<li class="item" part="item" tabindex="-1" data-n=${n} data-status=${a.status}>
      ${this.heading(this.level + 1, html`${a.status === 'scheduled' ? nothing : html`<span class="tag">${i18n.t('activityCalendar', a.status)}</span> `}<span class="title" lang=${lang}>${title}</span>`)}
      <p><time datetime=${o.startTime ? `${o.date}T${o.startTime}` : o.date}>${this.timeText(o)}</time> · ${this.placeText(a)}</p>
      <dl class="facts">
        ${fact('centre', names?.centres.get(a.centreId) ?? a.centreId)}
        ${a.organiser ? fact('organiser', a.organiser, a.language) : nothing}
        ${a.audience.length ? fact('audience', a.audience.join(', '), a.language) : nothing}
        ${a.priorityAreaIds.length ? fact('areas', this.renderAreas(a.priorityAreaIds)) : nothing}
        ${registration?.contact ? fact('contact', registration.contact) : nothing}
      </dl>
      <p class="actions">
        ${registration?.url ? html`<a href=${registration.url}>${i18n.t('activityCalendar', 'register')}${forTitle}</a>` : nothing}
        ${deadline
          ? deadline < today
            ? i18n.t('activityCalendar', 'deadlinePassed', this.day(deadline, 'long'))
            : i18n.t('activityCalendar', 'deadline', this.day(deadline, 'long'))
          : nothing}
        <button type="button" class="link" @click=${() => this.download([a], title)}>${i18n.t('activityCalendar', 'addToCalendar')}${forTitle}</button>
      </p>
    </li>`;
  }

  private renderAreas(ids: readonly string[]): TemplateResult {
    // <usht-priority-badges> loads with the first activity that has areas, not with the calendar:
    // it is 3.7 KiB gzip of the calendar's 16 (budgets.md), and a filtered list may never need it.
    // Until it is defined, the names inside it show as plain text.
    loadBadges ??= import('../priority-badge/usht-priority-badge.js').catch(() => {
      // Offline, or the chunk is gone: the names stay as text, and the next render tries again.
      loadBadges = undefined;
    });
    const names = this.names.value?.areas;
    return html`<usht-priority-badges .areaIds=${ids} .client=${this.dataClient}>${ids.map((id) => names?.get(id) ?? id).join(', ')}</usht-priority-badges>`;
  }

  private renderMonth(index: DayIndex): TemplateResult {
    const i18n = this.strings;
    const active = this.activeDate;
    const today = todayKey();
    const [long, short] = [weekdayNames(i18n.locale, 'long'), weekdayNames(i18n.locale, 'short')];
    const selected = this.selectedDate;
    const cell = (key: string) => {
      const list = occurrencesOn(index, key);
      const count = list.length;
      // The day's name and count are what a screen reader says for the cell (in words, not an
      // aria-label, so the visible number stays part of the name: WCAG 2.5.3). The titles are for
      // the eye only, one text node with a line each (a small DOM is most of a fast month: 42
      // cells); a screen-reader user opens the day with Enter and hears the whole list.
      const lines = list.slice(0, 3).map((o) => {
        const status = o.activity.status === 'cancelled' ? `${i18n.text('activityCalendar', 'cancelled')}: ` : '';
        return `${o.startTime ? `${o.startTime} ` : ''}${status}${(o.activity.translations?.[i18n.locale] ?? o.activity).title}`;
      });
      if (count > 3) lines.push(i18n.text('activityCalendar', 'more', String(count - 3)));
      return html`<td role="gridcell" data-date=${key} tabindex=${key === active ? 0 : -1} aria-selected=${key === selected}
        aria-current=${key === today ? 'date' : nothing} class=${key.startsWith(active.slice(0, 7)) ? '' : 'outside'}><span class="visually-hidden">${count ? `${this.day(key)}, ${this.found(count)}` : this.day(key)}</span><span class="num" aria-hidden="true">${+key.slice(8)}</span><span class="titles" aria-hidden="true" data-count=${count || nothing}>${lines.join('\n')}</span></td>`;
    };
    return html`<div class="month-nav">
        <button type="button" class="secondary" @click=${() => this.moveTo(addMonths(active, -1), false)}>‹ ${i18n.t('activityCalendar', 'previousMonth')}</button>
        <div role="heading" aria-level=${this.level} class="heading" id="month" aria-live="polite">${formatDate(i18n.locale, parsePlainDate(active), 'month')}</div>
        <button type="button" class="secondary" @click=${() => this.moveTo(addMonths(active, 1), false)}>${i18n.t('activityCalendar', 'nextMonth')} ›</button>
      </div>
      <table role="grid" part="grid" aria-labelledby="month" aria-describedby="help" @keydown=${this.handleGridKey} @click=${this.handleGridClick}>
        <thead><tr role="row">
          <th role="columnheader" class="week">${i18n.t('activityCalendar', 'week')}</th>
          ${short.map((name, i) => html`<th role="columnheader"><span aria-hidden="true">${name}</span><span class="visually-hidden">${long[i]}</span></th>`)}
        </tr></thead>
        <tbody>${monthWeeks(active).map((week) => {
          const number = String(isoWeek(week[0] ?? active));
          return html`<tr role="row"><th role="rowheader" class="week"><span aria-hidden="true">${number}</span><span class="visually-hidden">${i18n.text('activityCalendar', 'weekNumber', number)}</span></th>${week.map(cell)}</tr>`;
        })}</tbody>
      </table>
      <p class="help" id="help">${i18n.t('activityCalendar', 'gridHelp')}</p>
      ${selected ? this.renderDay(selected, occurrencesOn(index, selected)) : nothing}`;
  }

  private renderDay(day: string, list: readonly Occurrence[]): TemplateResult {
    const today = todayKey();
    return html`<section aria-labelledby="day-heading">
      ${this.heading(this.level, this.strings.t('activityCalendar', 'dayHeading', this.day(day)), 'day-heading')}
      ${list.length
        ? html`<ul class="items list">${list.slice(0, this.shown).map((o, n) => this.renderItem(o, today, n))}</ul>${this.renderMore(list.length - this.shown)}`
        : html`<p>${this.strings.t('activityCalendar', 'noneThisDay')}</p>`}
    </section>`;
  }
}
