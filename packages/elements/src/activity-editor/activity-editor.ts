import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {
  Activity, Centre, DataSource, Feed, PriorityArea, Source, TextLanguage, UshtClient, ValidationIssue,
} from '@usht/sdk';
import type {ImportProblem, ImportResult} from '@usht/sdk/import';
import {UshtElement} from '../shared/usht-element.js';
import {headingLevel} from '../shared/heading-level.js';
import {DataController} from '../shared/data-controller.js';
import {renderError, renderLoading} from '../shared/states.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {formStyles} from '../shared/form.styles.js';
import {renderKeptRecord, renderRemember} from '../shared/remember.js';
import {checkEnum} from '../shared/dev-warnings.js';
import {formatDate, parsePlainDate, todayKey} from '../shared/dates.js';
import {downloadText, readRecord, storageModes, writeStored, type StorageMode, type StoredRecord} from '../shared/local-store.js';
import {common} from '../locales/common.js';
import {activityEditor} from '../locales/activity-editor.js';
import type {ActivityForm, FieldId, FieldProblem, SessionFields} from './activity-form.js';
import {UshtFeedChangeEvent} from './activity-editor.events.js';
import {editorStyles} from './activity-editor.styles.js';
import type {ServerPublisher} from './server-publisher.js';

const TAG = 'usht-activity-editor';

// Local lists, not the SDK's: importing a value from the SDK would bundle zod with the element.
const kinds = ['network-meeting', 'learning-network', 'course', 'professional-day', 'conference', 'webinar', 'abc', 'project', 'other'] as const;
const modes = ['physical', 'digital', 'hybrid'] as const;
const statuses = ['scheduled', 'cancelled', 'full', 'postponed'] as const;
const roles = ['organiser', 'co-organiser', 'host', 'participant'] as const;
const languages = ['nb', 'nn', 'en', 'se'] as const;
const categories = ['standing', 'national', 'leve-hele-livet'] as const;

const DRAFTS_FORMAT = 'usht-activity-drafts';
const DRAFTS_VERSION = 1;
/** Activities shown at first and added per "show more": a list of 1,000 stays quick to type beside. */
const LIST_CHUNK = 50;
/** The preview follows the form once typing pauses, so a keystroke costs only its validation. */
const PREVIEW_PAUSE = 400;

/**
 * The SDK's validation and wording and the form's model, loaded with the element's data: none of
 * it is needed before, and zod would double the entry (budgets.md).
 */
interface Tools {
  readonly sdk: typeof import('@usht/sdk');
  readonly wording: typeof import('@usht/sdk/wording');
  readonly model: typeof import('./activity-form.js');
}

/** A session's control (`s0-start-date`): the same ids as activity-form.ts's `sessionField`, without loading it. */
const sessionField = (index: number, part: 'start-date' | 'start-time' | 'end-date' | 'end-time'): FieldId => `s${index}-${part}`;
const emptySession: SessionFields = {startDate: '', startTime: '', endDate: '', endTime: ''};

interface Loaded extends Tools {
  readonly centres: readonly Centre[];
  readonly areas: readonly PriorityArea[];
}

/** What is kept in the browser (with consent): the feed being made and the form being filled in. */
interface Drafts {
  readonly activities: readonly unknown[];
  readonly sources: readonly unknown[];
  readonly editing: {readonly form: ActivityForm; readonly baseId: string; readonly submitted: boolean} | null;
  readonly updatedAt: string;
}

/** One line of an import report. */
interface ReportLine {
  readonly line?: number;
  readonly text: string;
}

interface ImportReport {
  readonly file: string;
  readonly status: 'reading' | 'done' | 'failed';
  readonly added?: number;
  readonly updated?: number;
  readonly rejected?: readonly ReportLine[];
  readonly warnings?: readonly ReportLine[];
}

type Notice = {readonly key: 'saved' | 'removed' | 'cancelled' | 'restored' | 'copied'; readonly title: string} | {readonly key: 'forgotten' | 'storageUnavailable' | 'otherTab'};

/** A shown problem: its field (none for problems only the summary can show) and its words. */
interface Problem {
  readonly field: FieldId | undefined;
  readonly label: string;
  readonly text: string;
}

let loadCalendar: Promise<unknown> | undefined;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Where a centre's coordinators make the centre's activity feed: a list of the activities with
 * add, edit, copy, cancel and delete; a form with every field of an activity, checked as it is
 * typed by the SDK's own schema (the words `usht validate` prints) with a GOV.UK error summary;
 * a preview in the real `<usht-activity-calendar>`; import from the calendars and spreadsheets
 * centres already have (.ics, .csv, feed.json); and downloads of `feed.json` and `.ics`.
 *
 * Nothing leaves the browser: the coordinator uploads the file to the website's CMS and points
 * `<usht-provider feed="…">` at it. Drafts are kept in the browser only after the user ticks
 * "Husk utkastene i denne nettleseren" (ekomloven 2025), or with `storage="local"`.
 *
 * A changed or cancelled activity keeps its id and its `sequence` goes up, so calendars that
 * subscribed update the event instead of adding a second one (RFC 5545 §3.8.7.4).
 *
 * @summary Make, import and download a centre's activity feed, checked as it is typed.
 * @tagname usht-activity-editor
 * @fires {UshtFeedChangeEvent} usht-feed-change - The user changed the list: `detail: {action, ids, count}`.
 * @csspart heading - The editor's heading.
 * @csspart list - The list of activities.
 * @csspart item - One activity in the list.
 * @csspart form - The activity form.
 * @csspart error-summary - The list of problems shown when a form with problems is saved.
 * @csspart preview - The preview of the activity being edited.
 * @csspart state - Loading and failure messages.
 * @csspart retry - The "try again" button.
 * @cssprop [--usht-editor-max-width=48em] - Widest the editor grows.
 */
export class UshtActivityEditor extends UshtElement {
  static override styles = [tokens, stateStyles, formStyles, editorStyles];
  static override sections = {common, activityEditor};

  static override properties = {
    centre: {},
    storage: {},
    server: {},
    headingLevel: {type: Number, attribute: 'heading-level'},
    feed: {attribute: false},
    entries: {state: true},
    form: {state: true},
    touched: {state: true},
    submitted: {state: true},
    notice: {state: true},
    report: {state: true},
    confirming: {state: true},
    shown: {state: true},
    stored: {state: true},
    consented: {state: true},
    preview: {state: true},
    publisher: {state: true},
  };

  /** The coordinator's centre (its id, e.g. `buskerud`): new activities are this centre's, and drafts are kept per centre. */
  declare centre: string | undefined;
  /** Address of the centre's USHT server (@usht/server), filled in for "publish to the server"; the coordinator can change it. */
  declare server: string | undefined;
  /** `ask` (default): keep drafts only after the user agrees; `local`: keep them (the host's privacy statement covers it); `none`: never. */
  declare storage: string | undefined;
  /** Level of the editor's heading (2–5); section headings are one level below. */
  declare headingLevel: number;
  /**
   * A feed to start from (e.g. the one the centre has published), checked with the SDK's schema.
   * Drafts kept in the browser win over it. Setting it never fires an event.
   */
  declare feed: unknown;

  private declare entries: readonly Activity[];
  private declare form: ActivityForm | undefined;
  private declare touched: ReadonlySet<FieldId>;
  private declare submitted: boolean;
  private declare notice: Notice | undefined;
  private declare report: ImportReport | undefined;
  private declare confirming: string | undefined;
  private declare shown: number;
  /** A kept record this version must not overwrite (newer or unreadable), until the user chooses. */
  private declare stored: Extract<StoredRecord<Drafts>, {status: 'newer' | 'unreadable'}> | undefined;
  private declare consented: boolean;
  private declare preview: Activity | undefined;
  /** "Publish to the server", once opened (its code loads then). */
  private declare publisher: ServerPublisher | undefined;

  private sources: readonly Source[] = [];
  /** Kept activities this version cannot use: written back as they were, never dropped. */
  private keptInvalid: readonly unknown[] = [];
  /** The stored activity the open form edits. */
  private base: Activity | undefined;
  private restoredFrom: string | undefined;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private persistTimer: ReturnType<typeof setTimeout> | undefined;
  private focusAfter: string | undefined;
  private checked: {form: ActivityForm; problems: Problem[]; activity: Activity | undefined} | undefined;

  private readonly data = new DataController<Loaded>(this, async (client, signal) => {
    const [sdk, wording, model, centres, areas] = await Promise.all([
      import('@usht/sdk'), import('@usht/sdk/wording'), import('./activity-form.js'), client.centres({signal}), client.priorityAreas({signal}),
    ]);
    return {sdk, wording, model, centres: centres.items, areas: [...areas.items].sort((a, b) => a.order - b.order)};
  });

  constructor() {
    super();
    this.headingLevel = 2;
    this.entries = [];
    this.touched = new Set();
    this.submitted = false;
    this.shown = LIST_CHUNK;
    this.consented = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.handleStorage);
    window.addEventListener('pagehide', this.flush);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.handleStorage);
    window.removeEventListener('pagehide', this.flush);
    this.flush();
    clearTimeout(this.previewTimer);
  }

  /** The activities as a USHT feed document (what "Last ned feed.json" downloads). */
  toFeed(): Feed {
    const used = new Set(this.entries.flatMap((a) => a.source));
    const loaded = this.data.value;
    return {
      format: 'usht-feed',
      version: 1,
      generated: todayKey(),
      ...(loaded ? {publisher: this.centreName(loaded, this.centreId) ?? undefined} : {}),
      sources: this.sources.filter((s) => used.has(s.id)),
      activities: [...this.entries],
    } as Feed;
  }

  // ---- state ----

  private get mode(): StorageMode {
    return checkEnum(TAG, 'storage', this.storage, storageModes, 'ask');
  }

  private get centreId(): string {
    return this.centre?.trim() ?? '';
  }

  private get storageKey(): string {
    return `usht-kit:activity-editor:v${DRAFTS_VERSION}:${this.centreId || 'all'}`;
  }

  private get storing(): boolean {
    return this.mode !== 'none' && this.consented && !this.stored;
  }

  private get level(): number {
    return headingLevel(this.headingLevel, 5);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.data.status === 'ready' ? this.data.value : undefined;
    if (!loaded) return;
    const from = `${this.mode}|${this.storageKey}`;
    if (from !== this.restoredFrom || changed.has('feed')) {
      this.restoredFrom = from;
      this.restore(loaded);
    }
    if (this.form && this.checked?.form !== this.form) this.checked = {form: this.form, ...this.check(loaded, this.form)};
  }

  protected override updated(): void {
    if (this.focusAfter) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfter);
      this.focusAfter = undefined;
      target?.focus();
    }
  }

  private restore(loaded: Loaded): void {
    const {sdk} = loaded;
    let activities: Activity[] = [];
    let sources: Source[] = [];
    const given = this.feed;
    if (given !== undefined) {
      try {
        const {feed} = sdk.parseFeed(given, `<${TAG}>.feed`);
        activities = feed.activities ?? [];
        sources = feed.sources ?? [];
      } catch {
        console.warn(`[usht-kit] <${TAG}>: the feed property is not a USHT feed (format "usht-feed", version 1); ignored.`);
      }
    }
    this.consented = this.mode === 'local';
    this.stored = undefined;
    this.keptInvalid = [];
    const read = this.mode === 'none' ? ({status: 'none'} as const) : readRecord<Drafts>(this.storageKey, DRAFTS_FORMAT, DRAFTS_VERSION, (json) => {
      const kept = json['activities'];
      const keptSources = json['sources'];
      if (!Array.isArray(kept) || !Array.isArray(keptSources) || typeof json['updatedAt'] !== 'string') return undefined;
      const editing = isRecord(json['editing']) ? json['editing'] : null;
      const form = editing ? loaded.model.readForm(editing['form']) : undefined;
      return {
        activities: kept, sources: keptSources, updatedAt: json['updatedAt'],
        editing: form && typeof editing?.['baseId'] === 'string' ? {form, baseId: editing['baseId'], submitted: editing['submitted'] === true} : null,
      };
    });
    if (read.status === 'unavailable' && this.mode === 'local') this.notice = {key: 'storageUnavailable'};
    if (read.status === 'newer' || read.status === 'unreadable') {
      this.consented = true;
      this.stored = read;
    }
    if (read.status === 'current') {
      this.consented = true;
      const parsed = sdk.parseCollection(sdk.activitySchema, read.value.activities, {where: 'stored drafts', collection: 'activities'});
      const invalidIndexes = new Set(parsed.rejected.map((r) => Number(/\[(\d+)\]/.exec(r.path)?.[1])));
      this.keptInvalid = read.value.activities.filter((_, i) => invalidIndexes.has(i));
      activities = parsed.items;
      sources = sdk.parseCollection(sdk.sourceSchema, read.value.sources, {where: 'stored drafts', collection: 'sources'}).items;
      if (read.value.editing) {
        // The form in progress comes back as it was left, its problems shown if it was saved with them.
        this.base = activities.find((a) => a.id === read.value.editing?.baseId);
        this.form = read.value.editing.form;
        this.submitted = read.value.editing.submitted;
        this.schedulePreview();
      }
    }
    this.entries = activities;
    this.sources = sources;
  }

  /**
   * Typing in the form is kept once it pauses (a keystroke must stay within a frame with 1,000
   * activities loaded: budgets.md); leaving the page keeps it at once.
   */
  private persistSoon(): void {
    if (!this.storing || this.persistTimer !== undefined) return;
    this.persistTimer = setTimeout(this.flush, 500);
  }

  private readonly flush = (): void => {
    if (this.persistTimer === undefined) return;
    this.persist();
  };

  private persist(): void {
    clearTimeout(this.persistTimer);
    this.persistTimer = undefined;
    if (!this.storing) return;
    const drafts: Drafts = {
      activities: [...this.entries, ...this.keptInvalid],
      sources: this.sources,
      editing: this.form ? {form: this.form, baseId: this.base?.id ?? '', submitted: this.submitted} : null,
      updatedAt: new Date().toISOString(),
    };
    if (!writeStored(this.storageKey, JSON.stringify({format: DRAFTS_FORMAT, version: DRAFTS_VERSION, ...drafts}))) {
      this.notice = {key: 'storageUnavailable'};
    }
  }

  /** Another tab changed or forgot our drafts: take what it wrote (its copy is the newer one). */
  private readonly handleStorage = (event: StorageEvent): void => {
    const loaded = this.data.value;
    if (!loaded || this.mode === 'none' || (event.key !== null && event.key !== this.storageKey) || this.stored) return;
    if (event.newValue === null) {
      if (this.consented) this.consented = false;
      return;
    }
    const editing = this.form;
    const base = this.base;
    this.restore(loaded);
    // The form open here is this tab's work in progress: it stays open.
    if (editing) {
      this.form = editing;
      this.base = base;
    }
    this.notice = {key: 'otherTab'};
  };

  /** Checks a form: the form's own problems, then the SDK schema's, in the user's language. */
  private check(loaded: Loaded, form: ActivityForm): {problems: Problem[]; activity: Activity | undefined} {
    const {sdk, wording, model} = loaded;
    const i18n = this.i18n;
    const {record, problems} = model.activityFromForm(form, this.sourceFor(form), this.base);
    record['id'] = form.id || model.newActivityId(form.centreId, form.title, model.parseDate(form.sessions[0]?.startDate ?? ''), new Set());
    const words = wording.wordingFor(i18n.locale);
    const own = new Set(problems.map((p) => p.field));
    const shown: Problem[] = problems.map((p: FieldProblem) => ({field: p.field, label: this.fieldLabel(p.field), text: i18n.text('activityEditor', `problem-${p.code}`)}));
    const result = sdk.parseCollection(sdk.activitySchema, [record], {where: 'form', collection: 'activity', wording: words});
    for (const issue of result.rejected[0]?.issues ?? []) {
      const path = issue.path.replace(/^activity\[0\]\.?/, '');
      const field = model.fieldForPath(path, form);
      // A date the form could not read is the form's problem; the schema's about the same field would repeat it.
      if (field && own.has(field)) continue;
      // A choice the form offers only valid values for can only be missing: "Velg …" says what to
      // do (GOV.UK), where the schema's words would list the ids behind the options.
      const choice = field === 'kind' || field === 'centre' || field === 'mode';
      shown.push({field, label: field ? this.fieldLabel(field) : path, text: choice ? i18n.text('activityEditor', `problem-choose-${field}`) : issue.message});
    }
    if (form.sourceUrl.trim()) {
      const source = sdk.parseCollection(sdk.sourceSchema, [{id: 'lenke', title: 'x', url: form.sourceUrl.trim()}], {where: 'form', collection: 'source', wording: words});
      for (const issue of source.rejected[0]?.issues ?? []) shown.push({field: 'source-url', label: this.fieldLabel('source-url'), text: issue.message});
    }
    const order = model.fieldOrder(form);
    shown.sort((a, b) => order.indexOf(a.field ?? '') - order.indexOf(b.field ?? ''));
    return {problems: shown, activity: shown.length === 0 ? result.items[0] : undefined};
  }

  private fieldLabel(field: FieldId): string {
    const i18n = this.i18n;
    const session = /^s(\d+)-(start|end)-(date|time)$/.exec(field);
    if (session) {
      const label = i18n.text('activityEditor', `${session[2] as 'start' | 'end'}${session[3] === 'date' ? 'Date' : 'Time'}` as const);
      return (this.form?.sessions.length ?? 1) > 1 ? `${i18n.text('activityEditor', 'session', String(Number(session[1]) + 1))}: ${label}` : label;
    }
    const translation = /^tr-(nb|nn|en|se)-(title|summary)$/.exec(field);
    if (translation) {
      const language = i18n.text('activityEditor', `language-${translation[1] as TextLanguage}`).toLowerCase();
      return i18n.text('activityEditor', translation[2] === 'title' ? 'titleIn' : 'summaryIn', language);
    }
    return i18n.text('activityEditor', (this.data.value?.model.fieldLabels[field] ?? 'title') as 'title');
  }

  /** The source ids a form's activity refers to: the page it names, else what it had, else the centre's own publication. */
  private sourceFor(form: ActivityForm): string[] {
    const url = form.sourceUrl.trim();
    if (url) return [this.linkSourceId(form.centreId, url)];
    if (this.base?.source.length) return [...this.base.source];
    return [this.ownSourceId(form.centreId)];
  }

  private linkSourceId(centreId: string, url: string): string {
    // The same id an import gives the same page (@usht/sdk linkSourceId): one source record. Until
    // a centre is chosen the form says so; the id must still be one the schema takes meanwhile.
    return this.data.value?.sdk.linkSourceId(centreId || 'senter', url) ?? '';
  }

  private ownSourceId(centreId: string): string {
    return `${centreId || 'senter'}-egen-publisering`;
  }

  private centreName(loaded: Loaded, id: string): string | undefined {
    return loaded.centres.find((c) => c.id === id)?.name;
  }

  /** The source records an activity saved from `form` needs, added to the feed's. */
  private addSources(loaded: Loaded, form: ActivityForm, activity: Activity, title: string): void {
    const known = new Set(this.sources.map((s) => s.id));
    const added: Source[] = [];
    for (const id of activity.source) {
      if (known.has(id)) continue;
      if (id === this.linkSourceId(activity.centreId, form.sourceUrl.trim())) {
        added.push({id, title, url: form.sourceUrl.trim()});
      } else if (id === this.ownSourceId(activity.centreId)) {
        const centre = this.centreName(loaded, activity.centreId) ?? activity.centreId;
        added.push({id, title: this.i18n.text('activityEditor', 'ownSourceTitle', centre), publisher: centre});
      }
    }
    if (added.length) this.sources = [...this.sources, ...added];
  }

  // ---- user actions ----

  private changed(action: UshtFeedChangeEvent['detail']['action'], ids: readonly string[]): void {
    this.persist();
    this.dispatchEvent(new UshtFeedChangeEvent(action, ids, this.entries.length));
  }

  private open(form: ActivityForm, base: Activity | undefined): void {
    this.form = form;
    this.base = base;
    this.touched = new Set();
    this.submitted = false;
    this.notice = undefined;
    this.preview = undefined;
    this.focusAfter = '#form-heading';
    this.persist();
    this.schedulePreview();
  }

  private close(focus: string): void {
    this.form = undefined;
    this.base = undefined;
    this.checked = undefined;
    this.preview = undefined;
    this.focusAfter = focus;
    clearTimeout(this.previewTimer);
  }

  private add(): void {
    const model = this.data.value?.model;
    if (model) this.open(model.emptyForm(this.centreId, this.i18n.locale === 'se' ? 'nb' : this.i18n.locale), undefined);
  }

  private edit(activity: Activity): void {
    const model = this.data.value?.model;
    if (model) this.open(model.formFromActivity(activity), activity);
  }

  private duplicate(activity: Activity): void {
    const loaded = this.data.value;
    if (!loaded) return;
    const title = this.i18n.text('activityEditor', 'copyOf', activity.title).slice(0, 2000);
    const taken = new Set(this.entries.map((a) => a.id));
    const {sequence: _sequence, ...rest} = activity;
    const copy: Activity = {...rest, title, status: 'scheduled', id: loaded.model.newActivityId(activity.centreId, title, activity.schedule.start, taken)};
    this.entries = [...this.entries, copy];
    this.notice = {key: 'copied', title};
    this.focusAfter = `[data-id="${copy.id}"] .edit`;
    this.changed('copy', [copy.id]);
  }

  /** Cancelling (or restoring) keeps the activity and raises its sequence: subscribed calendars show the change. */
  private setCancelled(activity: Activity, cancelled: boolean): void {
    const next: Activity = {...activity, status: cancelled ? 'cancelled' : 'scheduled', sequence: (activity.sequence ?? 0) + 1};
    this.entries = this.entries.map((a) => (a.id === activity.id ? next : a));
    this.notice = {key: cancelled ? 'cancelled' : 'restored', title: activity.title};
    this.focusAfter = `[data-id="${activity.id}"] ${cancelled ? '.restore' : '.cancel'}`;
    this.changed(cancelled ? 'cancel' : 'restore', [activity.id]);
  }

  private removeActivity(activity: Activity): void {
    const index = this.entries.indexOf(activity);
    this.entries = this.entries.filter((a) => a !== activity);
    this.confirming = undefined;
    this.notice = {key: 'removed', title: activity.title};
    const next = this.sorted()[Math.min(index, this.entries.length - 1)];
    this.focusAfter = next ? `[data-id="${next.id}"] .edit` : '.add';
    this.changed('delete', [activity.id]);
  }

  private handleSubmit(event: Event): void {
    event.preventDefault();
    const loaded = this.data.value;
    const form = this.form;
    if (!loaded || !form) return;
    const {activity} = this.check(loaded, form);
    this.submitted = true;
    if (!activity) {
      this.focusAfter = '.error-summary';
      this.persist();
      return;
    }
    const base = this.base;
    let saved: Activity;
    if (base) {
      // Same id for life; any change raises the sequence (RFC 5545 §3.8.7.4).
      saved = {...activity, id: base.id};
      if (!loaded.model.sameActivity(saved, base)) saved = {...saved, sequence: (base.sequence ?? 0) + 1};
      this.entries = this.entries.map((a) => (a === base ? saved : a));
    } else {
      const taken = new Set(this.entries.map((a) => a.id));
      saved = {...activity, id: loaded.model.newActivityId(activity.centreId, activity.title, activity.schedule.start, taken)};
      this.entries = [...this.entries, saved];
    }
    this.addSources(loaded, form, saved, saved.title);
    this.notice = {key: 'saved', title: saved.title};
    this.close(`[data-id="${saved.id}"] .edit`);
    this.ensureShown(saved.id);
    this.changed('save', [saved.id]);
  }

  private ensureShown(id: string): void {
    const index = this.sorted().findIndex((a) => a.id === id);
    if (index >= this.shown) this.shown = index + 1;
  }

  private handleCancelForm(): void {
    const id = this.base?.id;
    this.close(id ? `[data-id="${id}"] .edit` : '.add');
    this.persist();
  }

  /** One field changed: a new form (so the check runs again), and the preview follows after a pause. */
  private setFields(patch: Partial<ActivityForm>, field?: FieldId): void {
    if (!this.form) return;
    this.form = {...this.form, ...patch};
    if (field && !this.touched.has(field)) this.touched = new Set([...this.touched, field]);
    this.persistSoon();
    this.schedulePreview();
  }

  private touch(field: FieldId): void {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      this.preview = this.checked?.activity;
      // The calendar's code loads with the first preview, not with the editor (its size budget).
      if (this.preview) loadCalendar ??= import('../activity-calendar/usht-activity-calendar.js').catch(() => (loadCalendar = undefined));
    }, PREVIEW_PAUSE);
  }

  private setSession(index: number, patch: Partial<SessionFields>, field: FieldId): void {
    const sessions = this.form?.sessions.map((s, i) => (i === index ? {...s, ...patch} : s)) ?? [];
    this.setFields({sessions}, field);
  }

  private addSession(): void {
    if (!this.form) return;
    const n = this.form.sessions.length;
    this.setFields({sessions: [...this.form.sessions, emptySession]});
    this.focusAfter = `#${sessionField(n, 'start-date')}`;
  }

  private removeSession(index: number): void {
    if (!this.form) return;
    this.setFields({sessions: this.form.sessions.filter((_, i) => i !== index)});
    this.focusAfter = '.add-session';
  }

  private focusField(event: Event, field: FieldId | undefined): void {
    event.preventDefault();
    const control = field ? this.renderRoot.querySelector<HTMLElement>(`#${field}`) : this.renderRoot.querySelector<HTMLElement>('#form-heading');
    // A fieldset (radios, checkboxes) is focused at its first control (GOV.UK error summary).
    const target = control instanceof HTMLFieldSetElement ? control.querySelector<HTMLElement>('input') : control;
    target?.focus();
    target?.scrollIntoView({block: 'center'});
  }

  private async handleImport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) await this.importFile(file);
  }

  /**
   * Imports a calendar (.ics), a spreadsheet (.csv) or a feed (.json) as "Importer" does, with the
   * same code as `usht import`, and shows what was taken, what was not and why. Activities the
   * list already has (same id, or same UID for calendar events) are updated, not added again.
   */
  async importFile(file: File): Promise<void> {
    const loaded = this.data.status === 'ready' ? this.data.value : await this.whenLoaded();
    if (!loaded) return;
    this.report = {file: file.name, status: 'reading'};
    const locale = this.i18n.locale === 'se' ? 'nb' : this.i18n.locale;
    try {
      const [importer, bytes] = await Promise.all([import('@usht/sdk/import'), file.arrayBuffer()]);
      const result: ImportResult = importer.importFile(file.name, new Uint8Array(bytes), {
        centreId: this.centreId || loaded.centres[0]?.id || 'senter', locale, priorityAreas: loaded.areas, fileName: file.name,
      });
      const before: Feed = {format: 'usht-feed', version: 1, activities: [...this.entries], sources: [...this.sources]};
      const merged = importer.mergeActivities(before, result);
      this.entries = merged.feed.activities ?? [];
      this.sources = merged.feed.sources ?? [];
      const line = (p: ImportProblem): ReportLine => ({
        ...(p.line !== undefined ? {line: p.line} : {}),
        text: [p.message, ...(p.issues ?? []).map((i: ValidationIssue) => `${i.path}: ${i.message}`)].join(' '),
      });
      this.report = {
        file: file.name, status: 'done', added: merged.added.length, updated: merged.updated.length,
        rejected: result.rejected.map(line), warnings: result.warnings.map(line),
      };
      if (merged.added.length || merged.updated.length) this.changed('import', [...merged.added, ...merged.updated]);
    } catch (error) {
      console.warn(`[usht-kit] <${TAG}>: could not import ${file.name}:`, error);
      this.report = {file: file.name, status: 'failed'};
    }
  }

  /** The element's data, once it has loaded (undefined if it failed). */
  private async whenLoaded(): Promise<Loaded | undefined> {
    while (this.data.status === 'loading') await new Promise((resolve) => setTimeout(resolve, 20));
    return this.data.value;
  }

  private async downloadTemplate(): Promise<void> {
    const importer = await import('@usht/sdk/import');
    const english = this.i18n.locale === 'en';
    downloadText(this.renderRoot as ShadowRoot, english ? 'activities-template.csv' : 'aktiviteter-mal.csv', importer.csvTemplate(english ? 'en' : 'nb'), 'text/csv;charset=utf-8');
  }

  private downloadFeed(): void {
    downloadText(this.renderRoot as ShadowRoot, 'feed.json', `${JSON.stringify(this.toFeed(), null, 2)}\n`, 'application/json');
  }

  private async downloadIcs(): Promise<void> {
    const loaded = this.data.value;
    if (!loaded) return;
    const {toICS, ICS_CONTENT_TYPE} = await import('@usht/sdk/ics');
    const calendar = toICS(this.sorted(), {
      locale: this.i18n.locale, priorityAreas: loaded.areas, sources: this.sources,
      ...(this.centreId ? {calendarName: this.centreName(loaded, this.centreId) ?? this.centreId} : {}),
    });
    downloadText(this.renderRoot as ShadowRoot, `${this.centreId || 'usht'}-aktiviteter.ics`, calendar, ICS_CONTENT_TYPE);
  }

  /** Loads "publish to the server" and moves to it. */
  private async openPublisher(): Promise<void> {
    const loaded = this.data.value;
    if (!loaded || this.publisher) return;
    const {ServerPublisher} = await import('./server-publisher.js');
    this.publisher = new ServerPublisher({
      renderRoot: this.renderRoot as ShadowRoot,
      requestUpdate: () => this.requestUpdate(),
      updated: () => this.updateComplete,
      locale: () => this.locale,
      overrides: () => this.messages ?? this.providedMessages,
      level: () => this.level + 2,
      entries: () => this.entries,
      sources: () => this.sources,
      replaceEntry: (activity) => {
        this.entries = this.entries.map((a) => (a.id === activity.id ? activity : a));
        this.persist();
      },
      parseActivity: (json) => loaded.sdk.parseCollection(loaded.sdk.activitySchema, [json], {where: 'server', collection: 'activity'}).items[0],
      heading: (level, content, id, focusable) => this.heading(level, content, id, focusable),
    }, this.server ?? '');
    this.focusAfter = '#server-heading';
  }

  private handleConsent(event: Event): void {
    if ((event.target as HTMLInputElement).checked) {
      this.consented = true;
      this.notice = undefined;
      this.persist();
    } else {
      this.forget();
    }
  }

  private forget(): void {
    this.consented = false;
    writeStored(this.storageKey, null);
    this.notice = {key: 'forgotten'};
    this.focusAfter = '#remember';
  }

  /** The user chose: what they make now replaces the record this version could not read. */
  private replaceStored(): void {
    this.stored = undefined;
    this.consented = true;
    this.persist();
    this.focusAfter = '#remember';
  }

  // ---- rendering ----

  private sorted(): Activity[] {
    return [...this.entries].sort((a, b) => (a.schedule.start < b.schedule.start ? -1 : a.schedule.start > b.schedule.start ? 1 : a.title.localeCompare(b.title)));
  }

  private heading(level: number, content: unknown, id?: string, focusable = false): TemplateResult {
    return html`<div role="heading" aria-level=${Math.min(level, 6)} class="heading h${Math.min(level - this.level, 2)}" id=${id ?? nothing} tabindex=${focusable ? '-1' : nothing}>${content}</div>`;
  }

  override render(): TemplateResult {
    const i18n = this.i18n;
    if (this.data.status === 'loading') return renderLoading(i18n, i18n.t('activityEditor', 'loading'));
    if (this.data.status === 'error' || !this.data.value) return renderError(i18n, () => this.data.retry(), i18n.t('activityEditor', 'loadFailed'));
    const loaded = this.data.value;
    return html`<div class="editor">
      ${this.heading(this.level, i18n.t('activityEditor', 'heading'), 'heading')}
      <p class="intro">${i18n.t('activityEditor', 'intro')}</p>
      ${this.renderStorage()}
      <div class="notice" role="status">${this.notice ? html`<p>${this.noticeText(this.notice)}</p>` : nothing}</div>
      ${this.form
        ? html`${this.renderForm(loaded, this.form)}${this.renderPreview(loaded)}`
        : html`${this.renderList(loaded)}${this.renderImport()}${this.renderPublish()}`}
    </div>`;
  }

  private noticeText(notice: Notice): string | TemplateResult {
    const i18n = this.i18n;
    return 'title' in notice ? i18n.t('activityEditor', notice.key, notice.title) : i18n.t('activityEditor', notice.key);
  }

  private renderStorage(): TemplateResult {
    const i18n = this.i18n;
    const stored = this.mode === 'none' ? undefined : this.stored;
    if (stored) {
      return renderKeptRecord(stored.status, (key) => i18n.t('activityEditor', key),
        () => downloadText(this.renderRoot as ShadowRoot, 'usht-utkast-lagret.json', stored.text, 'application/json'), this.replaceStored);
    }
    const t = (key: 'remember' | 'rememberHint' | 'storedNote' | 'forget' | 'notStoredNote') => i18n.t('activityEditor', key);
    return renderRemember(this.mode, this.consented, this.storing, [t('remember'), t('rememberHint'), t('storedNote'), t('forget'), t('notStoredNote')],
      this.handleConsent, this.forget,
      this.keptInvalid.length ? html`<p>${i18n.countT('activityEditor', 'storedInvalid', this.keptInvalid.length)}</p>` : nothing);
  }

  private whenText(activity: Activity): string {
    const locale = this.i18n.locale;
    const start = activity.schedule.start;
    const day = formatDate(locale, parsePlainDate(start), 'weekday');
    const sessions = activity.schedule.sessions?.length ?? 0;
    const time = start.length > 10 ? `, ${start.slice(11, 16)}` : '';
    return `${day}${time}${sessions > 1 ? ` (+${sessions - 1})` : ''}`;
  }

  private renderList(loaded: Loaded): TemplateResult {
    const i18n = this.i18n;
    const level = this.level + 1;
    // The list is the same for every keystroke in the form's absence and for every notice: guard
    // keeps Lit from walking 1,000 rows when nothing in them changed.
    return html`<section class="list-section" aria-labelledby="list-heading">
      ${this.heading(level, html`${i18n.t('activityEditor', 'listHeading')} <span class="count">(${i18n.formatNumber(this.entries.length)})</span>`, 'list-heading')}
      <button type="button" class="button primary add" @click=${this.add}>${i18n.t('activityEditor', 'add')}</button>
      ${guard([this.entries, this.shown, this.confirming, i18n, loaded], () => {
        const list = this.sorted();
        if (list.length === 0) return html`<p class="empty">${i18n.t('activityEditor', 'none')}</p>`;
        return html`<ul class="activities" part="list">${list.slice(0, this.shown).map((a) => this.renderEntry(a, level + 1))}</ul>
          ${list.length > this.shown
            ? html`<button type="button" class="button secondary more" @click=${() => (this.shown += LIST_CHUNK)}>${i18n.t('activityEditor', 'showMore', i18n.formatNumber(list.length - this.shown))}</button>`
            : nothing}`;
      })}
    </section>`;
  }

  private renderEntry(a: Activity, level: number): TemplateResult {
    const i18n = this.i18n;
    const forTitle = html`<span class="visually-hidden">: ${a.title}</span>`;
    const cancelled = a.status === 'cancelled';
    return html`<li class="activity" part="item" data-id=${a.id} data-status=${a.status}>
      ${this.heading(level, html`<span lang=${a.language}>${a.title}</span>`)}
      <p class="meta">
        <span>${this.whenText(a)}</span>
        <span>${i18n.t('activityEditor', `kind-${a.kind}`)}</span>
        <strong class="tag">${i18n.t('activityEditor', `status-${a.status}`)}</strong>
        ${a.sample ? html`<strong class="tag sample">${i18n.t('common', 'sampleData')}</strong>` : nothing}
      </p>
      ${this.confirming === a.id
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-${a.id}">
            <p id="confirm-${a.id}"><strong>${i18n.t('activityEditor', 'removeQuestion', a.title)}</strong></p>
            <p>${i18n.t('activityEditor', 'removeAdvice')}</p>
            <div class="buttons">
              <button type="button" class="button warning really-remove" @click=${() => this.removeActivity(a)}>${i18n.t('activityEditor', 'removeConfirm')}</button>
              <button type="button" class="button secondary keep" @click=${() => {
                this.confirming = undefined;
                this.focusAfter = `[data-id="${a.id}"] .remove`;
              }}>${i18n.t('activityEditor', 'keep')}</button>
            </div>
          </div>`
        : html`<div class="buttons">
            <button type="button" class="button secondary edit" @click=${() => this.edit(a)}>${i18n.t('activityEditor', 'edit')}${forTitle}</button>
            <button type="button" class="button secondary duplicate" @click=${() => this.duplicate(a)}>${i18n.t('activityEditor', 'duplicate')}${forTitle}</button>
            ${cancelled
              ? html`<button type="button" class="button secondary restore" @click=${() => this.setCancelled(a, false)}>${i18n.t('activityEditor', 'restore')}${forTitle}</button>`
              : html`<button type="button" class="button secondary cancel" @click=${() => this.setCancelled(a, true)}>${i18n.t('activityEditor', 'cancelActivity')}${forTitle}</button>`}
            <button type="button" class="button secondary remove" @click=${() => {
              this.confirming = a.id;
              this.focusAfter = `[data-id="${a.id}"] .really-remove`;
            }}>${i18n.t('activityEditor', 'remove')}${forTitle}</button>
          </div>`}
    </li>`;
  }

  private problemsFor(field: FieldId): Problem[] {
    const problems = this.checked?.problems ?? [];
    return this.submitted || this.touched.has(field) ? problems.filter((p) => p.field === field) : [];
  }

  /** A labelled control with its hint and its problems (GOV.UK: the message above the control). */
  private field(id: FieldId, label: string | TemplateResult, control: (describedBy: string | typeof nothing, invalid: boolean) => TemplateResult, options: {hint?: string | TemplateResult; optional?: boolean} = {}): TemplateResult {
    const i18n = this.i18n;
    const problems = this.problemsFor(id);
    const describedBy = [options.hint ? `${id}-hint` : '', problems.length ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" ?data-invalid=${problems.length > 0}>
      <label for=${id}>${label}${options.optional ? html` <span class="optional">${i18n.t('activityEditor', 'optional')}</span>` : nothing}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing}
      ${problems.length
        ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${i18n.t('activityEditor', 'errorPrefix')}</span> ${problems.map((p) => p.text).join('. ')}</p>`
        : nothing}
      ${control(describedBy || nothing, problems.length > 0)}
    </div>`;
  }

  private textInput(id: FieldId, value: string, onInput: (value: string) => void, options: {type?: string; inputmode?: string; autocomplete?: string; size?: 'short' | 'date'} = {}) {
    return (describedBy: string | typeof nothing, invalid: boolean) => html`<input id=${id} class="input ${options.size ?? ''}" type=${options.type ?? 'text'}
      .value=${value} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} spellcheck=${options.type === 'url' || options.size ? 'false' : 'true'}
      inputmode=${options.inputmode ?? nothing} autocomplete=${options.autocomplete ?? 'off'}
      @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} @blur=${() => this.touch(id)} />`;
  }

  private textArea(id: FieldId, value: string, onInput: (value: string) => void) {
    return (describedBy: string | typeof nothing, invalid: boolean) => html`<textarea id=${id} class="input" rows="4" .value=${value}
      aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
      @input=${(e: Event) => onInput((e.target as HTMLTextAreaElement).value)} @blur=${() => this.touch(id)}></textarea>`;
  }

  private select(id: FieldId, value: string, choices: readonly (readonly [string, string | TemplateResult])[], onChange: (value: string) => void, placeholder = true) {
    return (describedBy: string | typeof nothing, invalid: boolean) => html`<select id=${id} class="input" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'}
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)} @blur=${() => this.touch(id)}>
      ${placeholder ? html`<option value="" ?selected=${value === ''}>${this.i18n.t('activityEditor', 'choose')}</option>` : nothing}
      ${choices.map(([v, label]) => html`<option value=${v} ?selected=${v === value}>${label}</option>`)}
    </select>`;
  }

  /** Radios in a fieldset whose legend names them; the fieldset carries the id the summary links to. */
  private radios(id: FieldId, legend: string | TemplateResult, value: string, choices: readonly (readonly [string, string | TemplateResult])[], onChange: (value: string) => void): TemplateResult {
    const i18n = this.i18n;
    const problems = this.problemsFor(id);
    return html`<fieldset id=${id} class="field choices" ?data-invalid=${problems.length > 0} aria-describedby=${problems.length ? `${id}-error` : nothing}>
      <legend>${legend}</legend>
      ${problems.length ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${i18n.t('activityEditor', 'errorPrefix')}</span> ${problems.map((p) => p.text).join('. ')}</p>` : nothing}
      ${choices.map(([v, label]) => html`<div class="radio">
        <input type="radio" id="${id}-${v}" name=${id} .checked=${value === v} @change=${() => onChange(v)} />
        <label for="${id}-${v}">${label}</label>
      </div>`)}
    </fieldset>`;
  }

  private renderForm(loaded: Loaded, form: ActivityForm): TemplateResult {
    const i18n = this.i18n;
    const t = i18n.t.bind(i18n);
    const level = this.level + 1;
    const problems = this.checked?.problems ?? [];
    const set = (key: keyof ActivityForm, field: FieldId) => (value: string) => this.setFields({[key]: value} as Partial<ActivityForm>, field);
    const otherLanguages = languages.filter((l) => l !== form.language);
    const setTranslation = (language: TextLanguage, part: 'title' | 'summary') => (value: string) => {
      const current = form.translations[language] ?? {title: '', summary: ''};
      this.setFields({translations: {...form.translations, [language]: {...current, [part]: value}}}, `tr-${language}-${part}`);
    };
    const areaProblems = this.problemsFor('areas');
    return html`<form class="form" part="form" novalidate aria-labelledby="form-heading" @submit=${this.handleSubmit}>
      ${this.heading(level, form.id ? t('activityEditor', 'editHeading', this.base?.title ?? form.title) : t('activityEditor', 'newHeading'), 'form-heading', true)}
      ${this.submitted && problems.length
        ? html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="summary-heading">
            ${this.heading(level + 1, t('activityEditor', 'summaryHeading'), 'summary-heading')}
            <ul>${problems.map((p) => html`<li><a href="#${p.field ?? 'form-heading'}" @click=${(e: Event) => this.focusField(e, p.field)}>${p.label}: ${p.text}</a></li>`)}</ul>
          </div>`
        : nothing}
      <p class="hint">${t('activityEditor', 'requiredNote')}</p>

      <fieldset class="group">
        <legend>${t('activityEditor', 'aboutLegend')}</legend>
        ${this.field('title', t('activityEditor', 'title'), this.textInput('title', form.title, set('title', 'title')))}
        ${this.field('summary', t('activityEditor', 'summary'), this.textArea('summary', form.summary, set('summary', 'summary')), {optional: true})}
        ${this.field('language', t('activityEditor', 'language'), this.select('language', form.language,
          languages.map((l) => [l, t('activityEditor', `language-${l}`)] as const), set('language', 'language'), false), {hint: t('activityEditor', 'languageHint')})}
        <details class="translations" ?open=${otherLanguages.some((l) => form.translations[l]?.title || form.translations[l]?.summary || this.problemsFor(`tr-${l}-title`).length)}>
          <summary>${t('activityEditor', 'translationsLegend')} <span class="optional">${t('activityEditor', 'optional')}</span></summary>
          <p class="hint">${t('activityEditor', 'translationsHint')}</p>
          ${otherLanguages.map((l) => {
            const language = i18n.text('activityEditor', `language-${l}`).toLowerCase();
            const text = form.translations[l] ?? {title: '', summary: ''};
            return html`${this.field(`tr-${l}-title`, t('activityEditor', 'titleIn', language), this.textInput(`tr-${l}-title`, text.title, setTranslation(l, 'title')), {optional: true})}
              ${this.field(`tr-${l}-summary`, t('activityEditor', 'summaryIn', language), this.textArea(`tr-${l}-summary`, text.summary, setTranslation(l, 'summary')), {optional: true})}`;
          })}
        </details>
        ${this.field('kind', t('activityEditor', 'kind'), this.select('kind', form.kind, kinds.map((k) => [k, t('activityEditor', `kind-${k}`)] as const), set('kind', 'kind')))}
        ${this.field('centre', t('activityEditor', 'centre'), this.select('centre', form.centreId,
          loaded.centres.map((c) => [c.id, c.name] as const), set('centreId', 'centre')))}
        ${this.field('organiser-role', t('activityEditor', 'organiserRole'), this.select('organiser-role', form.organiserRole,
          roles.map((r) => [r, t('activityEditor', `role-${r}`)] as const), set('organiserRole', 'organiser-role')), {optional: true})}
        ${this.field('organiser', t('activityEditor', 'organiser'), this.textInput('organiser', form.organiser, set('organiser', 'organiser')), {optional: true, hint: t('activityEditor', 'organiserHint')})}
      </fieldset>

      <fieldset class="group">
        <legend>${t('activityEditor', 'timeLegend')}</legend>
        <p class="hint">${t('activityEditor', 'timeHint')}</p>
        ${this.radios('all-day', t('activityEditor', 'timeOfDay'), form.allDay ? 'yes' : 'no', [['no', t('activityEditor', 'timed')], ['yes', t('activityEditor', 'allDay')]],
          (v) => this.setFields({allDay: v === 'yes'}, 'all-day'))}
        ${form.sessions.map((session, i) => this.renderSession(form, session, i))}
        <p class="hint" id="add-session-hint">${t('activityEditor', 'addSessionHint')}</p>
        <button type="button" class="button secondary add-session" aria-describedby="add-session-hint" @click=${this.addSession}>${t('activityEditor', 'addSession')}</button>
      </fieldset>

      <fieldset class="group">
        <legend>${t('activityEditor', 'placeLegend')}</legend>
        ${this.radios('mode', t('activityEditor', 'mode'), form.mode, modes.map((m) => [m, t('activityEditor', `mode-${m}`)] as const), set('mode', 'mode'))}
        ${this.field('venue', t('activityEditor', 'venue'), this.textInput('venue', form.venue, set('venue', 'venue')), {optional: true})}
        ${this.field('locality', t('activityEditor', 'locality'), this.textInput('locality', form.locality, set('locality', 'locality')), {optional: true})}
        ${this.field('municipality', t('activityEditor', 'municipalityNumber'), this.textInput('municipality', form.municipalityNumber, set('municipalityNumber', 'municipality'), {inputmode: 'numeric', size: 'short'}), {optional: true, hint: t('activityEditor', 'municipalityHint')})}
        ${this.field('place-note', t('activityEditor', 'placeNote'), this.textInput('place-note', form.placeNote, set('placeNote', 'place-note')), {optional: true})}
        ${this.field('video', t('activityEditor', 'videoUrl'), this.textInput('video', form.videoUrl, set('videoUrl', 'video'), {type: 'url'}), {optional: true, hint: t('activityEditor', 'urlHint')})}
      </fieldset>

      <fieldset class="group">
        <legend>${t('activityEditor', 'audienceLegend')}</legend>
        ${this.field('audience', t('activityEditor', 'audience'), this.textArea('audience', form.audience, set('audience', 'audience')), {optional: true, hint: t('activityEditor', 'audienceHint')})}
        <fieldset id="areas" class="field areas" ?data-invalid=${areaProblems.length > 0}>
          <legend>${t('activityEditor', 'areas')} <span class="optional">${t('activityEditor', 'optional')}</span></legend>
          ${areaProblems.length ? html`<p class="error-message"><span class="visually-hidden">${t('activityEditor', 'errorPrefix')}</span> ${areaProblems.map((p) => p.text).join('. ')}</p>` : nothing}
          ${categories.map((category) => {
            const areas = loaded.areas.filter((a) => a.category === category);
            return areas.length
              ? html`<fieldset class="category"><legend>${t('activityEditor', `category-${category}`)}</legend>
                  ${areas.map((area) => html`<div class="checkbox">
                    <input type="checkbox" id="area-${area.id}" .checked=${form.priorityAreaIds.includes(area.id)}
                      @change=${(e: Event) => {
                        const on = (e.target as HTMLInputElement).checked;
                        const ids = form.priorityAreaIds.filter((id) => id !== area.id);
                        this.setFields({priorityAreaIds: on ? [...ids, area.id] : ids}, 'areas');
                      }} />
                    <label for="area-${area.id}" lang="nb">${area.name}</label>
                  </div>`)}
                </fieldset>`
              : nothing;
          })}
        </fieldset>
      </fieldset>

      <fieldset class="group">
        <legend>${t('activityEditor', 'registrationLegend')}</legend>
        ${this.field('reg-url', t('activityEditor', 'registrationUrl'), this.textInput('reg-url', form.registrationUrl, set('registrationUrl', 'reg-url'), {type: 'url'}), {optional: true, hint: t('activityEditor', 'urlHint')})}
        ${this.field('reg-deadline', t('activityEditor', 'registrationDeadline'), this.textInput('reg-deadline', form.registrationDeadline, set('registrationDeadline', 'reg-deadline'), {size: 'date', inputmode: 'numeric'}), {optional: true, hint: 'dd.mm.åååå'})}
        ${this.field('reg-contact', t('activityEditor', 'registrationContact'), this.textInput('reg-contact', form.registrationContact, set('registrationContact', 'reg-contact'), {type: 'email'}), {optional: true})}
      </fieldset>

      <fieldset class="group">
        <legend>${t('activityEditor', 'statusLegend')}</legend>
        ${this.field('status', t('activityEditor', 'status'), this.select('status', form.status, statuses.map((s) => [s, t('activityEditor', `status-${s}`)] as const), set('status', 'status'), false))}
        ${this.field('source-url', t('activityEditor', 'sourceUrl'), this.textInput('source-url', form.sourceUrl, set('sourceUrl', 'source-url'), {type: 'url'}), {optional: true, hint: t('activityEditor', 'sourceHint')})}
      </fieldset>

      <div class="buttons">
        <button type="submit" class="button primary save">${t('activityEditor', 'save')}</button>
        <button type="button" class="button secondary cancel-form" @click=${this.handleCancelForm}>${t('activityEditor', 'cancel')}</button>
      </div>
    </form>`;
  }

  private renderSession(form: ActivityForm, session: SessionFields, i: number): TemplateResult {
    const i18n = this.i18n;
    const t = i18n.t.bind(i18n);
    const several = form.sessions.length > 1;
    const n = String(i + 1);
    const set = (part: 'start-date' | 'start-time' | 'end-date' | 'end-time', key: keyof SessionFields) =>
      (value: string) => this.setSession(i, {[key]: value}, sessionField(i, part));
    const dateHint = 'dd.mm.åååå';
    const fields = html`<div class="row">
        ${this.field(sessionField(i, 'start-date'), t('activityEditor', 'startDate'), this.textInput(sessionField(i, 'start-date'), session.startDate, set('start-date', 'startDate'), {size: 'date', inputmode: 'numeric'}), {hint: dateHint})}
        ${form.allDay ? nothing : this.field(sessionField(i, 'start-time'), t('activityEditor', 'startTime'), this.textInput(sessionField(i, 'start-time'), session.startTime, set('start-time', 'startTime'), {size: 'short', inputmode: 'numeric'}), {hint: 'tt:mm'})}
      </div>
      <div class="row">
        ${this.field(sessionField(i, 'end-date'), t('activityEditor', 'endDate'), this.textInput(sessionField(i, 'end-date'), session.endDate, set('end-date', 'endDate'), {size: 'date', inputmode: 'numeric'}), {optional: true, hint: html`${dateHint}. ${t('activityEditor', 'endDateHint')}`})}
        ${form.allDay ? nothing : this.field(sessionField(i, 'end-time'), t('activityEditor', 'endTime'), this.textInput(sessionField(i, 'end-time'), session.endTime, set('end-time', 'endTime'), {size: 'short', inputmode: 'numeric'}), {optional: true, hint: 'tt:mm'})}
      </div>`;
    return several
      ? html`<fieldset class="session"><legend>${t('activityEditor', 'session', n)}</legend>${fields}
          <button type="button" class="button secondary" @click=${() => this.removeSession(i)}>${t('activityEditor', 'removeSession', n)}</button>
        </fieldset>`
      : fields;
  }

  private previewClient(loaded: Loaded, activity: Activity): UshtClient {
    const base = this.dataClient.source;
    const source: DataSource = {
      ...base,
      description: 'preview of the activity being edited',
      activities: async (query = {}) => loaded.sdk.queryActivities([activity], query, []),
    };
    return loaded.sdk.createClient({source});
  }

  private renderPreview(loaded: Loaded): TemplateResult {
    const i18n = this.i18n;
    const activity = this.preview;
    return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
      ${this.heading(this.level + 1, i18n.t('activityEditor', 'previewHeading'), 'preview-heading')}
      <p class="hint">${i18n.t('activityEditor', 'previewHint')}</p>
      ${activity
        ? guard([activity, i18n.locale], () => html`<usht-activity-calendar include-past heading-level=${Math.min(this.level + 2, 5)}
            .client=${this.previewClient(loaded, activity)} lang=${i18n.locale}></usht-activity-calendar>`)
        : html`<p class="pending">${i18n.t('activityEditor', 'previewPending')}</p>`}
    </section>`;
  }

  private renderImport(): TemplateResult {
    const i18n = this.i18n;
    const report = this.report;
    const lines = (list: readonly ReportLine[]) => html`<ul>${list.map((l) => html`<li>${l.line !== undefined ? html`<strong>${i18n.t('activityEditor', 'line', String(l.line))}:</strong> ` : nothing}${l.text}</li>`)}</ul>`;
    return html`<section class="import" aria-labelledby="import-heading">
      ${this.heading(this.level + 1, i18n.t('activityEditor', 'importHeading'), 'import-heading')}
      <p class="hint" id="import-hint">${i18n.t('activityEditor', 'importHint')}</p>
      <div class="field">
        <label for="import-file">${i18n.t('activityEditor', 'importFile')}</label>
        <input id="import-file" class="file" type="file" accept=".ics,.ical,.csv,.json,text/calendar,text/csv,application/json" aria-describedby="import-hint" @change=${this.handleImport} />
      </div>
      <p><button type="button" class="link template" @click=${this.downloadTemplate}>${i18n.t('activityEditor', 'template')}</button></p>
      <div class="report" role="status">
        ${report?.status === 'reading' ? html`<p>${i18n.t('activityEditor', 'importing', report.file)}</p>` : nothing}
        ${report?.status === 'failed' ? html`<p class="error-message">${i18n.t('activityEditor', 'importFailed', report.file)}</p>` : nothing}
        ${report?.status === 'done'
          ? html`<p><strong>${i18n.t('activityEditor', 'importDone', report.file)}.</strong> ${i18n.t('activityEditor', 'importTaken', i18n.formatNumber(report.added ?? 0), i18n.formatNumber(report.updated ?? 0))}</p>
            ${report.rejected?.length ? html`<p>${i18n.countT('activityEditor', 'importRejected', report.rejected.length)}</p>${lines(report.rejected)}` : nothing}
            ${report.warnings?.length ? html`<p>${i18n.t('activityEditor', 'importWarnings')}</p>${lines(report.warnings)}` : nothing}`
          : nothing}
      </div>
    </section>`;
  }

  private renderPublish(): TemplateResult {
    const i18n = this.i18n;
    const count = this.entries.length;
    return html`<section class="publish" aria-labelledby="publish-heading">
      ${this.heading(this.level + 1, i18n.t('activityEditor', 'publishHeading'), 'publish-heading')}
      <p>${i18n.countT('activityEditor', 'ready', count)}</p>
      <div class="buttons">
        <button type="button" class="button primary download-feed" ?disabled=${count === 0} @click=${this.downloadFeed}>${i18n.t('activityEditor', 'downloadFeed')}</button>
        <button type="button" class="button secondary download-ics" ?disabled=${count === 0} @click=${this.downloadIcs}>${i18n.t('activityEditor', 'downloadIcs')}</button>
      </div>
      ${this.heading(this.level + 2, i18n.t('activityEditor', 'nextHeading'))}
      <ol class="next">
        <li>${i18n.t('activityEditor', 'next1')}</li>
        <li>${i18n.t('activityEditor', 'next2')} <code>&lt;usht-provider feed="https://…/feed.json"&gt;</code></li>
        <li>${i18n.t('activityEditor', 'next3')} <code>npx usht validate https://…/feed.json</code></li>
        <li>${i18n.t('activityEditor', 'next4')}</li>
      </ol>
      ${this.publisher?.render() ?? html`<p><button type="button" class="link open-server" @click=${this.openPublisher}>${i18n.t('activityEditor', 'publishToServer')}</button></p>`}
    </section>`;
  }
}
