import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {
  ChecklistField,
  ChecklistMerge,
  ChecklistPart,
  ChecklistReadResult,
  ChecklistFieldError,
  ChecklistOverview,
  ChecklistState,
  ChecklistTask,
  ChecklistTaskId,
  ChecklistTaskProgress,
  GrantRule,
  GrantScheme,
  Source,
} from '@usht/sdk/checklist';
import {UshtElement} from '../shared/usht-element.js';
import {intlTag} from '../shared/localizer.js';
import type {Locale} from '../locales/resolve.js';
import {headingLevel} from '../shared/heading-level.js';
import {DataController} from '../shared/data-controller.js';
import {renderError, renderLoading} from '../shared/states.js';
import {checkEnum, warnOnce} from '../shared/dev-warnings.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {formStyles} from '../shared/form.styles.js';
import {renderKeptRecord, renderRemember} from '../shared/remember.js';
import {common} from '../locales/common.js';
import {applicationChecklist} from '../locales/application-checklist.js';
import {checklistStyles} from './application-checklist.styles.js';
import {downloadText, readStored, storageModes, writeStored, type StorageMode} from '../shared/local-store.js';
import {UshtChecklistChangeEvent} from './application-checklist.events.js';

const kronerFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};
/**
 * Whole Norwegian kroner: "285 000 kr" in nb, nn and se, "NOK 285,000" in English; one format per
 * locale for the page. The Norwegian unit is written by us: Chromium and Firefox put "kr" after
 * the number, WebKitGTK (the system's ICU 72) before it, and a reader sees the same in each.
 */
const formatKroner = (locale: Locale, n: number): string => locale === 'en'
  ? (kronerFormats.en ??= new Intl.NumberFormat('en-GB', {style: 'currency', currency: 'NOK', maximumFractionDigits: 0})).format(n)
  : `${(kronerFormats[locale] ??= new Intl.NumberFormat(intlTag[locale], {maximumFractionDigits: 0})).format(n)}\u00a0kr`;

const TAG = 'usht-application-checklist';

/** Where progress may be kept: ask the user first (default), the host's own policy covers it, or never. */
export const checklistStorageModes = storageModes;
export type ChecklistStorageMode = StorageMode;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const progressChoices: readonly ChecklistTaskProgress[] = ['not-started', 'in-progress', 'completed'];

/** The SDK's checklist logic, loaded with the data (budgets.md: zod stays out of the element's own bundle). */
type ChecklistLogic = Pick<typeof import('@usht/sdk/checklist'),
  'applicationTasks' | 'emptyChecklistState' | 'migrateChecklistState' | 'mergeChecklistStates' | 'stampChecklistChanges' | 'checklistPartChangedAt'>;

interface Loaded {
  readonly sdk: ChecklistLogic;
  readonly scheme: GrantScheme | undefined;
  readonly years: readonly number[];
  readonly sources: ReadonlyMap<string, Source>;
}

type Notice = 'otherTabLoaded' | 'otherTabForgot' | 'storageRecovered' | 'storageUnavailable' | 'forgotten' | 'importDone';

/** A stored record this version cannot read: kept as it is until the user chooses (shared/local-store.ts). */
interface Held {
  readonly status: 'newer' | 'unreadable';
  readonly text: string;
}

/** The same part changed in this tab and in another: which parts, and whether this tab's change was kept. */
interface Conflicts {
  readonly keptHere: readonly ChecklistPart[];
  readonly keptThere: readonly ChecklistPart[];
}

const isNewer = (a: ChecklistState, b: ChecklistState): boolean => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/** Later than both the clock and the previous stamp, so two quick changes never tie. */
const nextStamp = (previous: string): string => new Date(Math.max(Date.now(), Date.parse(previous) + 1)).toISOString();

/**
 * The yearly grant application (kap. 0761 post 67) as a GOV.UK-style task list. The tasks, their
 * order and their hints come from the scheme's rules in the SDK data; the user marks progress,
 * answers the unused-funds question and enters the amounts, which are checked as they are entered.
 *
 * Nothing is written to the visitor's device until the user ticks "Husk fremdriften i denne
 * nettleseren" (ekomloven 2025: storage that is not strictly necessary needs consent). Hosts whose
 * privacy statement covers it may set `storage="local"`; `storage="none"` never stores. Progress
 * can always be downloaded as a JSON file, loaded back and printed.
 *
 * Light-DOM fallback (R18): put a link to the grant page inside the tag; it shows until the
 * element loads and whenever JavaScript does not run.
 *
 * @summary The grant application as a task list that remembers progress (with consent).
 * @tagname usht-application-checklist
 * @fires {UshtChecklistChangeEvent} usht-checklist-change - The user changed a task, an answer or an amount, or loaded a file. `detail: {taskId?, status?}`.
 * @csspart heading - The title.
 * @csspart summary - The "4 av 9 oppgaver fullført" line.
 * @csspart list - Each group's task list.
 * @csspart item - One task row.
 * @csspart status - A task's status.
 * @csspart state - Loading, failure and unknown-year messages.
 * @csspart retry - The "try again" button.
 * @cssprop [--usht-checklist-max-width=48em] - Widest the checklist grows.
 */
export class UshtApplicationChecklist extends UshtElement {
  static override styles = [tokens, stateStyles, formStyles, checklistStyles];
  static override sections = {common, applicationChecklist};

  /** The scheme year (tilskuddsår); defaults to the latest year the data has a scheme for. */
  @property({converter: {fromAttribute: (value: string | null) => (value?.trim() ? Number(value) : undefined)}})
  year: number | undefined;

  /** The centre's id: progress is kept and exported per year and centre. */
  @property()
  centre: string | undefined;

  /** `ask` (default): store only after the user agrees; `local`: store (the host's privacy statement covers it); `none`: never store. */
  @property()
  storage: string | undefined;

  /**
   * Progress to start from (a `ChecklistState`, e.g. kept by the host on its own server), checked
   * with the SDK schema; a newer copy stored in the browser wins. Read the current progress with
   * `exportProgress()`. Setting it never fires an event.
   */
  @property({attribute: false})
  initialProgress: unknown;

  /** Level of the title (2–5) so it fits the host page's outline; the groups' headings are one below. */
  @property({type: Number, attribute: 'heading-level'})
  headingLevel = 2;

  @state() private progress: ChecklistState | undefined;
  @state() private consented = false;
  @state() private open: ReadonlySet<string> = new Set();
  @state() private notice: Notice | undefined;
  @state() private importError: TemplateResult | string | undefined;
  @state() private held: Held | undefined;
  @state() private conflicts: Conflicts | undefined;

  /**
   * Parts the user changed in this tab that another tab may not have seen yet, each with the time
   * it had been changed before (ms): a later change of it in another tab is then the same part
   * changed in two tabs at once, and the user is told which change was kept.
   */
  private readonly ownEdits = new Map<ChecklistPart, number>();

  private readonly data = new DataController<Loaded>(this, async (client, signal) => {
    const [sdk, schemes, sources] = await Promise.all([import('@usht/sdk/checklist'), client.grantSchemes({signal}), client.sources({signal})]);
    const years = schemes.items.map((scheme) => scheme.year).sort((a, b) => a - b);
    const year = this.year ?? years[years.length - 1];
    return {
      sdk,
      scheme: schemes.items.find((scheme) => scheme.year === year),
      years,
      sources: new Map(sources.items.map((source) => [source.id, source])),
    };
  }, () => [this.year]);

  /** `storage` key in force and the mode it was read with. */
  private loadedFrom: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.handleStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.handleStorage);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const loaded = this.data.status === 'ready' ? this.data.value : undefined;
    if (!loaded?.scheme) return;
    const from = `${this.mode}|${this.storageKey(loaded.scheme.year)}`;
    if (from !== this.loadedFrom || changed.has('initialProgress')) {
      this.loadedFrom = from;
      this.restore({...loaded, scheme: loaded.scheme});
    }
  }

  /** The progress as the JSON file "Last ned fremdriften" downloads (format `usht-application-checklist`, version 1). */
  exportProgress(): string | undefined {
    return this.progress ? JSON.stringify(this.progress, null, 2) : undefined;
  }

  /**
   * Loads progress from a file's text. A file that fails the SDK's schema, or is for another year
   * or centre, is refused with a message and the current progress is kept.
   * @returns whether the progress was replaced.
   */
  importProgress(text: string): boolean {
    const current = this.progress;
    const sdk = this.data.value?.sdk;
    if (!current || !sdk) return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const read = sdk.migrateChecklistState(value);
    const i18n = this.i18n;
    if (read.status !== 'current') {
      this.importError = i18n.t('applicationChecklist', 'importInvalid');
    } else if (read.state.schemeYear !== current.schemeYear) {
      this.importError = i18n.t('applicationChecklist', 'importWrongYear', String(read.state.schemeYear));
    } else if (read.state.centreId !== current.centreId && current.centreId !== null) {
      this.importError = i18n.t('applicationChecklist', 'importWrongCentre');
    } else {
      this.importError = undefined;
      // A loaded file is the user's latest word: every part of it wins over any copy another tab holds.
      const stamp = nextStamp(current.updatedAt);
      this.progress = sdk.stampChecklistChanges(null, {...read.state, centreId: current.centreId, updatedAt: stamp}, stamp);
      this.ownEdits.clear();
      this.persist();
      this.notice = 'importDone';
      return true;
    }
    return false;
  }

  private get mode(): ChecklistStorageMode {
    return checkEnum(TAG, 'storage', this.storage, storageModes, 'ask');
  }

  private get centreId(): string | null {
    const centre = this.centre?.trim();
    if (!centre) return null;
    if (idPattern.test(centre)) return centre;
    warnOnce(`${TAG}:centre:${centre}`, `<${TAG}>: centre="${centre}" is not a centre id (kebab-case, e.g. "buskerud"); progress is kept without a centre.`);
    return null;
  }

  private storageKey(year: number): string {
    return `usht-kit:application-checklist:v1:${year}:${this.centreId ?? 'all'}`;
  }

  private get storing(): boolean {
    return this.mode !== 'none' && this.consented && !this.held;
  }

  private restore(loaded: Loaded & {scheme: GrantScheme}): void {
    const {sdk, scheme} = loaded;
    const year = scheme.year;
    const keep = this.progress?.schemeYear === year && this.progress.centreId === this.centreId ? this.progress : undefined;
    let start = keep ?? sdk.emptyChecklistState(year, this.centreId);
    const given = this.initialProgress === undefined ? undefined : sdk.migrateChecklistState(this.initialProgress);
    if (given?.status === 'current' && given.state.schemeYear === year) {
      start = {...given.state, centreId: this.centreId};
    } else if (given) {
      warnOnce(`${TAG}:initialProgress`, `<${TAG}>: initialProgress is not a valid checklist state for ${year} (SDK checklistStateSchema); ignored.`);
    }
    this.notice = undefined;
    this.conflicts = undefined;
    this.held = undefined;
    this.ownEdits.clear();
    this.consented = this.mode === 'local';
    const raw = this.mode === 'none' ? null : readStored(this.storageKey(year));
    if (raw === undefined && this.mode === 'local') this.notice = 'storageUnavailable';
    if (raw) {
      this.consented = true;
      const read = this.parse(sdk, raw, year, true);
      if (read.status === 'current' || read.status === 'recovered') {
        // The host's copy and the browser's: the newer wins, as between two tabs.
        if (!given || isNewer(read.state, start)) start = read.state;
        if (read.status === 'recovered') {
          this.notice = 'storageRecovered';
          this.progress = start;
          this.persist();
        }
      } else {
        this.hold(read, raw);
      }
    }
    this.progress = start;
    // Coming back to a task with a problem shows the problem at once (GOV.UK; WCAG 3.3.1).
    this.open = new Set(sdk.applicationTasks(scheme, start).tasks.filter((t) => t.status === 'problem').map((t) => t.id));
  }

  private parse(sdk: ChecklistLogic, raw: string, year: number, recover: boolean): ChecklistReadResult {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return {status: 'foreign'};
    }
    const read = sdk.migrateChecklistState(value, {recover});
    // A record under our key for another year or centre is not ours to show.
    if ((read.status === 'current' || read.status === 'recovered') && (read.state.schemeYear !== year || read.state.centreId !== this.centreId)) {
      return {status: 'foreign'};
    }
    return read;
  }

  /** Keeps a record this version cannot read as it is: nothing is stored until the user chooses. */
  private hold(read: ChecklistReadResult, text: string): void {
    const version = read.status === 'unsupported-version' ? read.version : undefined;
    this.held = {status: typeof version === 'number' && version > 1 ? 'newer' : 'unreadable', text};
  }

  private readonly downloadHeld = (): void => {
    if (this.held) downloadText(this.renderRoot as ShadowRoot, `usht-soknad-lagret-${this.progress?.schemeYear ?? ''}.json`, this.held.text, 'application/json');
  };

  /** The user's explicit choice: the progress on screen replaces the record kept. */
  private async replaceHeld(): Promise<void> {
    this.held = undefined;
    this.consented = true;
    this.persist();
    // The buttons go away with the record: keep keyboard focus in the storage block.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#remember, .stored button')?.focus();
  }

  private persist(): void {
    if (!this.storing || !this.progress) return;
    if (!writeStored(this.storageKey(this.progress.schemeYear), JSON.stringify(this.progress))) this.notice = 'storageUnavailable';
  }

  /**
   * Another tab wrote or removed our key: its changes are merged in part by part (the later change
   * of each part wins), and the merge is written back when it holds something that tab lacks, so
   * both tabs end with every change. A record this version cannot read is kept, never overwritten.
   */
  private readonly handleStorage = (event: StorageEvent): void => {
    const current = this.progress;
    const sdk = this.data.value?.sdk;
    if (!current || !sdk || this.mode === 'none' || (event.key !== null && event.key !== this.storageKey(current.schemeYear))) return;
    if (event.newValue === null) {
      this.held = undefined;
      if (!this.consented) return;
      this.consented = false;
      this.notice = 'otherTabForgot';
      return;
    }
    const read = this.parse(sdk, event.newValue, current.schemeYear, false);
    this.consented = true;
    if (read.status !== 'current') {
      this.hold(read, event.newValue);
      return;
    }
    this.held = undefined;
    // A conflict told stays told until the user's next change: the write-backs that follow it must not hide it.
    if (this.mergeIn(sdk, read.state).differsFromTheirs) this.persist();
  };

  /**
   * Merges another copy into the progress on screen; says what came from it and which part changed
   * in both tabs kept which change.
   */
  private mergeIn(sdk: ChecklistLogic, theirs: ChecklistState): ChecklistMerge {
    const merge = sdk.mergeChecklistStates(this.progress!, theirs);
    const keptThere = merge.fromTheirs.filter((part) => this.ownEdits.delete(part));
    const keptHere = merge.fromMine.filter((part) => {
      const before = this.ownEdits.get(part);
      const there = sdk.checklistPartChangedAt(theirs, part);
      // Changed there after the version changed here: the same part, changed in both at once.
      if (before === undefined || there <= before) return false;
      this.ownEdits.set(part, there);
      return true;
    });
    // What the other copy holds as well as this one has reached it.
    for (const part of this.ownEdits.keys()) if (!merge.fromMine.includes(part)) this.ownEdits.delete(part);
    this.progress = merge.state;
    if (merge.fromTheirs.length) this.notice = 'otherTabLoaded';
    if (keptHere.length || keptThere.length) this.conflicts = {keptHere, keptThere};
    return merge;
  }

  /**
   * Applies one user change. When storing, what another tab wrote (its storage event may not have
   * arrived yet) is merged in first and the change applied on top, so no tab's change is overwritten;
   * a change over another tab's unseen change of the same part says so.
   */
  private change(taskId: ChecklistTaskId | undefined, apply: (state: ChecklistState) => void): void {
    const sdk = this.data.value?.sdk;
    if (!this.progress || !sdk) return;
    this.conflicts = undefined;
    let arrived: readonly ChecklistPart[] = [];
    if (this.storing) {
      const raw = readStored(this.storageKey(this.progress.schemeYear));
      const read = raw ? this.parse(sdk, raw, this.progress.schemeYear, false) : undefined;
      if (read?.status === 'current') arrived = this.mergeIn(sdk, read.state).fromTheirs;
      else if (read) this.hold(read, raw!);
    }
    const base = this.progress;
    const next: ChecklistState = structuredClone(base);
    apply(next);
    const stamp = nextStamp(base.updatedAt);
    next.updatedAt = stamp;
    this.progress = sdk.stampChecklistChanges(base, next, stamp);
    const keptHere: ChecklistPart[] = [];
    for (const [part, at] of Object.entries(this.progress.changedAt ?? {}) as [ChecklistPart, string][]) {
      if (at !== stamp) continue;
      if (!this.ownEdits.has(part)) this.ownEdits.set(part, sdk.checklistPartChangedAt(base, part));
      // Another tab's change of this part arrived just now, unseen: this change goes over it.
      if (arrived.includes(part)) keptHere.push(part);
    }
    if (keptHere.length) this.conflicts = {keptHere, keptThere: (this.conflicts as Conflicts | undefined)?.keptThere ?? []};
    this.persist();
    const task = taskId && this.overview()?.tasks.find((t) => t.id === taskId);
    this.dispatchEvent(new UshtChecklistChangeEvent(task ? {taskId: task.id, status: task.status} : {}));
  }

  private overview(): ChecklistOverview | undefined {
    const {scheme, sdk} = this.data.value ?? {};
    return scheme && sdk && this.progress ? sdk.applicationTasks(scheme, this.progress) : undefined;
  }

  private toggle(id: string): void {
    const open = new Set(this.open);
    if (!open.delete(id)) open.add(id);
    this.open = open;
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

  private async handleForget(): Promise<void> {
    this.forget();
    // The button goes away with what it deleted: keep keyboard focus in the same place.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#remember')?.focus();
  }

  private forget(): void {
    const progress = this.progress;
    this.consented = false;
    this.held = undefined;
    if (!progress) return;
    writeStored(this.storageKey(progress.schemeYear), null);
    this.notice = 'forgotten';
  }

  private download(): void {
    const json = this.exportProgress();
    if (!json || !this.progress) return;
    downloadText(this.renderRoot as ShadowRoot, `usht-soknad-${this.progress.schemeYear}${this.progress.centreId ? `-${this.progress.centreId}` : ''}.json`, json, 'application/json');
  }

  private async handleFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (this.importProgress(await file.text())) this.dispatchEvent(new UshtChecklistChangeEvent());
  }

  // ---- rendering ----

  override render(): TemplateResult {
    const i18n = this.i18n;
    const t = (key: 'loading' | 'loadFailed') => i18n.t('applicationChecklist', key);
    if (this.data.status === 'loading') return renderLoading(i18n, t('loading'));
    if (this.data.status === 'error') return renderError(i18n, () => this.data.retry(), t('loadFailed'));
    const loaded = this.data.value;
    const overview = this.overview();
    if (!loaded?.scheme || !overview || !this.progress) return this.renderUnknownYear(loaded?.years ?? []);
    return this.renderChecklist(loaded.scheme, overview, this.progress);
  }

  private renderUnknownYear(years: readonly number[]): TemplateResult {
    const i18n = this.i18n;
    const text = years.length === 0
      ? i18n.t('applicationChecklist', 'noSchemes')
      : i18n.t('applicationChecklist', 'unknownYear', String(this.year ?? ''), years.join(', '));
    return html`<div class="state" data-kind="warning" part="state" role="status"><p>${text}</p></div>`;
  }

  private renderChecklist(scheme: GrantScheme, overview: ChecklistOverview, progress: ChecklistState): TemplateResult {
    const i18n = this.i18n;
    const year = String(scheme.year);
    // Room for the groups one level below.
    const level = headingLevel(this.headingLevel, 5);
    return html`<div class="checklist">
      <div class="title" role="heading" aria-level=${level} part="heading">${i18n.t('applicationChecklist', 'title', year)}</div>
      <p class="scheme" lang="nb">${scheme.name} · ${scheme.administrator}</p>
      <p class="summary" part="summary">${i18n.t('applicationChecklist', 'summary', i18n.formatNumber(overview.completed), i18n.formatNumber(overview.total))}</p>
      ${this.renderStorage(year)}
      <div class="notice" role="status">${this.notice ? html`<p>${i18n.t('applicationChecklist', this.notice)}</p>` : nothing}${this.renderConflicts(year)}</div>
      ${overview.groups.map((group) => html`<section class="group" aria-labelledby="group-${group.id}">
        <div class="subheading" role="heading" aria-level=${level + 1} id="group-${group.id}">${i18n.t('applicationChecklist', `group-${group.id}`)}</div>
        <ul class="tasks" part="list">${group.tasks.map((task) => this.renderTask(task, scheme, overview, progress))}</ul>
      </section>`)}
      ${this.renderTools(level + 1)}
    </div>`;
  }

  private renderStorage(year: string): TemplateResult {
    const i18n = this.i18n;
    const held = this.mode === 'none' ? undefined : this.held;
    if (held) {
      return renderKeptRecord(held.status, (key) => i18n.t('applicationChecklist', key), this.downloadHeld, this.replaceHeld);
    }
    const t = (key: 'remember' | 'rememberHint' | 'forget' | 'notStoredNote') => i18n.t('applicationChecklist', key);
    return renderRemember(this.mode, this.consented, this.storing, [t('remember'), t('rememberHint'), i18n.t('applicationChecklist', 'storedNote', year), t('forget'), t('notStoredNote')], this.handleConsent, this.handleForget);
  }

  /** Which change was kept, for each part changed in this tab and another at once. */
  private renderConflicts(year: string): TemplateResult[] | typeof nothing {
    const conflicts = this.conflicts;
    if (!conflicts) return nothing;
    const i18n = this.i18n;
    const label = (part: ChecklistPart): string => {
      const [group, key] = part.split('.') as [string, string];
      if (group === 'tasks') return key === 'action-plan' ? i18n.text('applicationChecklist', 'task-action-plan', year) : i18n.text('applicationChecklist', `task-${key}` as `task-${Exclude<ChecklistTaskId, 'action-plan'>}`);
      if (group === 'answers') return i18n.text('applicationChecklist', key as 'hasUnusedFunds' | 'applyingAgain', String(Number(year) - (key === 'hasUnusedFunds' ? 1 : 0)));
      return i18n.text('applicationChecklist', `field-${group === 'caseNumber' ? group : key}` as `field-${ChecklistField}`);
    };
    return [
      ...conflicts.keptThere.map((part) => html`<p>${i18n.t('applicationChecklist', 'keptThere', label(part))}</p>`),
      ...conflicts.keptHere.map((part) => html`<p>${i18n.t('applicationChecklist', 'keptHere', label(part))}</p>`),
    ];
  }

  private taskName(task: ChecklistTask, year: string): string | TemplateResult {
    const i18n = this.i18n;
    return task.id === 'action-plan'
      ? i18n.t('applicationChecklist', 'task-action-plan', year)
      : i18n.t('applicationChecklist', `task-${task.id}` as `task-${Exclude<ChecklistTaskId, 'action-plan'>}`);
  }

  private sourceTitles(rule: GrantRule): string {
    const sources = this.data.value?.sources;
    return rule.source.map((id) => sources?.get(id)?.publisher ?? sources?.get(id)?.title ?? id).join('; ');
  }

  /** A rule in the source's words (Norwegian, whatever the page's language), with its source. */
  private renderRule(rule: GrantRule): TemplateResult {
    return html`<span lang="nb">${rule.text}</span>
      <span class="source">(${this.i18n.t('common', 'sourceLabel')}: ${this.sourceTitles(rule)})</span>`;
  }

  private renderTask(task: ChecklistTask, scheme: GrantScheme, overview: ChecklistOverview, progress: ChecklistState): TemplateResult {
    const i18n = this.i18n;
    const name = this.taskName(task, String(scheme.year));
    // GOV.UK: tasks that cannot be started (or do not apply) are not links, so not focusable.
    const active = task.status !== 'cannot-start-yet' && task.status !== 'not-applicable';
    const isOpen = active && this.open.has(task.id);
    const [first, ...more] = task.rules;
    return html`<li class="task" part="item" data-status=${task.status}>
      <div class="row">
        ${active
          ? html`<button type="button" class="name" aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="panel-${task.id}"
              aria-describedby="hint-${task.id} status-${task.id}" @click=${() => this.toggle(task.id)}>${name}</button>`
          : html`<span class="name">${name}</span>`}
        ${first ? html`<div class="hint" id="hint-${task.id}">${this.renderRule(first)}</div>` : nothing}
        <div class="status" id="status-${task.id}" part="status"><strong class="tag">${i18n.t('applicationChecklist', `status-${task.status}`)}</strong></div>
      </div>
      ${active
        ? html`<div class="panel" id="panel-${task.id}" ?hidden=${!isOpen}>
            ${more.map((rule) => html`<p class="hint">${this.renderRule(rule)}</p>`)}
            ${task.kind === 'question' ? this.renderQuestions(scheme, progress) : nothing}
            ${task.fields.map((field) => this.renderField(task, field, scheme, progress))}
            ${task.id === 'budget' ? this.renderTotal(overview, progress) : nothing}
            ${this.renderSourceLinks(task)}
            ${task.kind === 'manual' ? this.renderProgress(task, name) : nothing}
          </div>`
        : nothing}
    </li>`;
  }

  private renderSourceLinks(task: ChecklistTask): TemplateResult | typeof nothing {
    const sources = this.data.value?.sources;
    const ids = [...new Set(task.rules.flatMap((rule) => rule.source))];
    // Only URLs that passed the SDK's safe-URL schema ever get here.
    const linked = ids.flatMap((id) => {
      const source = sources?.get(id);
      return source?.url ? [source as Source & {url: string}] : [];
    });
    if (linked.length === 0) return nothing;
    return html`<p class="links">${this.i18n.t('applicationChecklist', 'readSource')}
      ${linked.map((source, i) => html`${i ? ', ' : ''}<a href=${source.url}>${source.title}</a>`)}</p>`;
  }

  private renderProgress(task: ChecklistTask, name: string | TemplateResult): TemplateResult {
    const i18n = this.i18n;
    return html`<fieldset class="choices">
      <legend>${i18n.t('applicationChecklist', 'progressLegend')} <span class="visually-hidden">(${name})</span></legend>
      ${progressChoices.map((choice) => html`<div class="radio">
        <input type="radio" id="progress-${task.id}-${choice}" name="progress-${task.id}" .checked=${task.progress === choice}
          @change=${() => this.change(task.id, (s) => (s.tasks[task.id] = choice))} />
        <label for="progress-${task.id}-${choice}">${i18n.t('applicationChecklist', `status-${choice}`)}</label>
      </div>`)}
    </fieldset>`;
  }

  private renderQuestions(scheme: GrantScheme, progress: ChecklistState): TemplateResult {
    const i18n = this.i18n;
    const question = (key: 'hasUnusedFunds' | 'applyingAgain', legend: string | TemplateResult) => html`<fieldset class="choices inline">
      <legend>${legend}</legend>
      ${[true, false].map((value) => html`<div class="radio">
        <input type="radio" id="${key}-${value}" name=${key} .checked=${progress.answers[key] === value}
          @change=${() => this.change('unused-funds', (s) => (s.answers[key] = value))} />
        <label for="${key}-${value}">${i18n.t('applicationChecklist', value ? 'yes' : 'no')}</label>
      </div>`)}
    </fieldset>`;
    return html`${question('hasUnusedFunds', i18n.t('applicationChecklist', 'hasUnusedFunds', String(scheme.year - 1)))}
      ${progress.answers.hasUnusedFunds ? question('applyingAgain', i18n.t('applicationChecklist', 'applyingAgain', String(scheme.year))) : nothing}`;
  }

  private errorText(error: ChecklistFieldError, label: string): string | TemplateResult {
    const i18n = this.i18n;
    if (error.code === 'over-limit') return i18n.t('applicationChecklist', 'error-over-limit', label, formatKroner(i18n.locale, error.limit ?? 0));
    return i18n.t('applicationChecklist', `error-${error.code}`, label);
  }

  private renderField(task: ChecklistTask, field: ChecklistField, scheme: GrantScheme, progress: ChecklistState): TemplateResult {
    const i18n = this.i18n;
    const label = i18n.text('applicationChecklist', `field-${field}`);
    const error = task.errors.find((e) => e.field === field);
    const max = scheme.earmarkedLeveHeleLivetMax?.valueNOK;
    const hint = field === 'caseNumber'
      ? nothing
      : field === 'earmarkedLeveHeleLivet' && max !== undefined
        ? i18n.t('applicationChecklist', 'earmarkedHint', formatKroner(i18n.locale, max))
        : i18n.t('applicationChecklist', 'amountHint');
    const value = field === 'caseNumber' ? progress.caseNumber : progress.amounts[field] ?? '';
    const describedBy = [hint === nothing ? '' : `field-hint-${field}`, error ? `field-error-${field}` : ''].filter(Boolean).join(' ');
    return html`<div class="field" ?data-invalid=${error !== undefined}>
      <label for="field-${field}">${i18n.t('applicationChecklist', `field-${field}`)}</label>
      ${hint === nothing ? nothing : html`<p class="hint" id="field-hint-${field}">${hint}</p>`}
      ${error
        ? html`<p class="error-message" id="field-error-${field}"><span class="visually-hidden">${i18n.t('applicationChecklist', 'errorPrefix')}</span> ${this.errorText(error, label)}</p>`
        : nothing}
      <input id="field-${field}" class=${field === 'caseNumber' ? 'input' : 'input amount'} type="text" .value=${value}
        inputmode=${field === 'caseNumber' ? 'text' : 'decimal'} autocomplete="off" spellcheck="false" maxlength="200"
        aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'}
        @change=${(event: Event) => {
          const text = (event.target as HTMLInputElement).value;
          this.change(task.id, (s) => {
            if (field === 'caseNumber') s.caseNumber = text;
            else s.amounts[field] = text;
          });
        }} />
    </div>`;
  }

  private renderTotal(overview: ChecklistOverview, progress: ChecklistState): TemplateResult {
    const i18n = this.i18n;
    const withUnused = progress.answers.hasUnusedFunds === true && progress.answers.applyingAgain === true;
    return html`<p class="total">
      <span>${i18n.t('applicationChecklist', withUnused ? 'totalWithUnused' : 'total')}:</span>
      <strong>${overview.totalAsked === null ? i18n.t('applicationChecklist', 'totalPending') : formatKroner(i18n.locale, overview.totalAsked)}</strong>
    </p>`;
  }

  private renderTools(level: number): TemplateResult {
    const i18n = this.i18n;
    return html`<section class="tools" aria-labelledby="tools-heading">
      <div class="subheading" role="heading" aria-level=${level} id="tools-heading">${i18n.t('applicationChecklist', 'toolsHeading')}</div>
      <div class="buttons">
        <button type="button" class="button secondary" @click=${() => this.download()}>${i18n.t('applicationChecklist', 'export')}</button>
        <button type="button" class="button secondary" @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#import-file')?.click()}>${i18n.t('applicationChecklist', 'import')}</button>
        <input id="import-file" type="file" accept="application/json,.json" hidden @change=${this.handleFile} />
        <button type="button" class="button secondary" @click=${() => window.print()}>${i18n.t('applicationChecklist', 'print')}</button>
      </div>
      <div role="alert">${this.importError ? html`<p class="error-message">${this.importError}</p>` : nothing}</div>
    </section>`;
  }
}
