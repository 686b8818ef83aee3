var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { UshtElement } from '../shared/usht-element.js';
import { DataController } from '../shared/data-controller.js';
import { renderError, renderLoading } from '../shared/states.js';
import { checkEnum, warnOnce } from '../shared/dev-warnings.js';
import { stateStyles, tokens } from '../shared/tokens.styles.js';
import { common } from '../locales/common.js';
import { applicationChecklist } from '../locales/application-checklist.js';
import { checklistStyles } from './application-checklist.styles.js';
import { UshtChecklistChangeEvent } from './application-checklist.events.js';
const TAG = 'usht-application-checklist';
/** Where progress may be kept: ask the user first (default), the host's own policy covers it, or never. */
export const checklistStorageModes = ['ask', 'local', 'none'];
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const progressChoices = ['not-started', 'in-progress', 'completed'];
const isNewer = (a, b) => Date.parse(a.updatedAt) > Date.parse(b.updatedAt);
/** Later than both the clock and the previous stamp, so two quick changes never tie. */
const nextStamp = (previous) => new Date(Math.max(Date.now(), Date.parse(previous) + 1)).toISOString();
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
 * @fires usht-checklist-change - The user changed a task, an answer or an amount, or loaded a file. `detail: {taskId?, status?}`.
 * @csspart heading - The title.
 * @csspart summary - The "4 av 9 oppgaver fullført" line.
 * @csspart list - Each group's task list.
 * @csspart item - One task row.
 * @csspart status - A task's status.
 * @csspart state - Loading, failure and unknown-year messages.
 * @csspart retry - The "try again" button.
 * @cssprop [--usht-checklist-max-width=48rem] - Widest the checklist grows.
 */
let UshtApplicationChecklist = (() => {
    let _classSuper = UshtElement;
    let _year_decorators;
    let _year_initializers = [];
    let _year_extraInitializers = [];
    let _centre_decorators;
    let _centre_initializers = [];
    let _centre_extraInitializers = [];
    let _storage_decorators;
    let _storage_initializers = [];
    let _storage_extraInitializers = [];
    let _initialProgress_decorators;
    let _initialProgress_initializers = [];
    let _initialProgress_extraInitializers = [];
    let _progress_decorators;
    let _progress_initializers = [];
    let _progress_extraInitializers = [];
    let _consented_decorators;
    let _consented_initializers = [];
    let _consented_extraInitializers = [];
    let _open_decorators;
    let _open_initializers = [];
    let _open_extraInitializers = [];
    let _notice_decorators;
    let _notice_initializers = [];
    let _notice_extraInitializers = [];
    let _importError_decorators;
    let _importError_initializers = [];
    let _importError_extraInitializers = [];
    return class UshtApplicationChecklist extends _classSuper {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _year_decorators = [property({ converter: { fromAttribute: (value) => (value?.trim() ? Number(value) : undefined) } })];
            _centre_decorators = [property()];
            _storage_decorators = [property()];
            _initialProgress_decorators = [property({ attribute: false })];
            _progress_decorators = [state()];
            _consented_decorators = [state()];
            _open_decorators = [state()];
            _notice_decorators = [state()];
            _importError_decorators = [state()];
            __esDecorate(this, null, _year_decorators, { kind: "accessor", name: "year", static: false, private: false, access: { has: obj => "year" in obj, get: obj => obj.year, set: (obj, value) => { obj.year = value; } }, metadata: _metadata }, _year_initializers, _year_extraInitializers);
            __esDecorate(this, null, _centre_decorators, { kind: "accessor", name: "centre", static: false, private: false, access: { has: obj => "centre" in obj, get: obj => obj.centre, set: (obj, value) => { obj.centre = value; } }, metadata: _metadata }, _centre_initializers, _centre_extraInitializers);
            __esDecorate(this, null, _storage_decorators, { kind: "accessor", name: "storage", static: false, private: false, access: { has: obj => "storage" in obj, get: obj => obj.storage, set: (obj, value) => { obj.storage = value; } }, metadata: _metadata }, _storage_initializers, _storage_extraInitializers);
            __esDecorate(this, null, _initialProgress_decorators, { kind: "accessor", name: "initialProgress", static: false, private: false, access: { has: obj => "initialProgress" in obj, get: obj => obj.initialProgress, set: (obj, value) => { obj.initialProgress = value; } }, metadata: _metadata }, _initialProgress_initializers, _initialProgress_extraInitializers);
            __esDecorate(this, null, _progress_decorators, { kind: "accessor", name: "progress", static: false, private: false, access: { has: obj => "progress" in obj, get: obj => obj.progress, set: (obj, value) => { obj.progress = value; } }, metadata: _metadata }, _progress_initializers, _progress_extraInitializers);
            __esDecorate(this, null, _consented_decorators, { kind: "accessor", name: "consented", static: false, private: false, access: { has: obj => "consented" in obj, get: obj => obj.consented, set: (obj, value) => { obj.consented = value; } }, metadata: _metadata }, _consented_initializers, _consented_extraInitializers);
            __esDecorate(this, null, _open_decorators, { kind: "accessor", name: "open", static: false, private: false, access: { has: obj => "open" in obj, get: obj => obj.open, set: (obj, value) => { obj.open = value; } }, metadata: _metadata }, _open_initializers, _open_extraInitializers);
            __esDecorate(this, null, _notice_decorators, { kind: "accessor", name: "notice", static: false, private: false, access: { has: obj => "notice" in obj, get: obj => obj.notice, set: (obj, value) => { obj.notice = value; } }, metadata: _metadata }, _notice_initializers, _notice_extraInitializers);
            __esDecorate(this, null, _importError_decorators, { kind: "accessor", name: "importError", static: false, private: false, access: { has: obj => "importError" in obj, get: obj => obj.importError, set: (obj, value) => { obj.importError = value; } }, metadata: _metadata }, _importError_initializers, _importError_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static styles = [tokens, stateStyles, checklistStyles];
        static sections = { common, applicationChecklist };
        #year_accessor_storage = __runInitializers(this, _year_initializers, void 0);
        /** The scheme year (tilskuddsår); defaults to the latest year the data has a scheme for. */
        get year() { return this.#year_accessor_storage; }
        set year(value) { this.#year_accessor_storage = value; }
        #centre_accessor_storage = (__runInitializers(this, _year_extraInitializers), __runInitializers(this, _centre_initializers, void 0));
        /** The centre's id: progress is kept and exported per year and centre. */
        get centre() { return this.#centre_accessor_storage; }
        set centre(value) { this.#centre_accessor_storage = value; }
        #storage_accessor_storage = (__runInitializers(this, _centre_extraInitializers), __runInitializers(this, _storage_initializers, void 0));
        /** `ask` (default): store only after the user agrees; `local`: store (the host's privacy statement covers it); `none`: never store. */
        get storage() { return this.#storage_accessor_storage; }
        set storage(value) { this.#storage_accessor_storage = value; }
        #initialProgress_accessor_storage = (__runInitializers(this, _storage_extraInitializers), __runInitializers(this, _initialProgress_initializers, void 0));
        /**
         * Progress to start from (a `ChecklistState`, e.g. kept by the host on its own server), checked
         * with the SDK schema; a newer copy stored in the browser wins. Read the current progress with
         * `exportProgress()`. Setting it never fires an event.
         */
        get initialProgress() { return this.#initialProgress_accessor_storage; }
        set initialProgress(value) { this.#initialProgress_accessor_storage = value; }
        #progress_accessor_storage = (__runInitializers(this, _initialProgress_extraInitializers), __runInitializers(this, _progress_initializers, void 0));
        get progress() { return this.#progress_accessor_storage; }
        set progress(value) { this.#progress_accessor_storage = value; }
        #consented_accessor_storage = (__runInitializers(this, _progress_extraInitializers), __runInitializers(this, _consented_initializers, false));
        get consented() { return this.#consented_accessor_storage; }
        set consented(value) { this.#consented_accessor_storage = value; }
        #open_accessor_storage = (__runInitializers(this, _consented_extraInitializers), __runInitializers(this, _open_initializers, new Set()));
        get open() { return this.#open_accessor_storage; }
        set open(value) { this.#open_accessor_storage = value; }
        #notice_accessor_storage = (__runInitializers(this, _open_extraInitializers), __runInitializers(this, _notice_initializers, void 0));
        get notice() { return this.#notice_accessor_storage; }
        set notice(value) { this.#notice_accessor_storage = value; }
        #importError_accessor_storage = (__runInitializers(this, _notice_extraInitializers), __runInitializers(this, _importError_initializers, void 0));
        get importError() { return this.#importError_accessor_storage; }
        set importError(value) { this.#importError_accessor_storage = value; }
        data = (__runInitializers(this, _importError_extraInitializers), new DataController(this, async (client, signal) => {
            const [sdk, schemes, sources] = await Promise.all([import('@usht/sdk/checklist'), client.grantSchemes({ signal }), client.sources({ signal })]);
            const years = schemes.items.map((scheme) => scheme.year).sort((a, b) => a - b);
            const year = this.year ?? years[years.length - 1];
            return {
                sdk,
                scheme: schemes.items.find((scheme) => scheme.year === year),
                years,
                sources: new Map(sources.items.map((source) => [source.id, source])),
            };
        }, () => [this.year]));
        /** `storage` key in force and the mode it was read with. */
        loadedFrom;
        connectedCallback() {
            super.connectedCallback();
            window.addEventListener('storage', this.handleStorage);
        }
        disconnectedCallback() {
            super.disconnectedCallback();
            window.removeEventListener('storage', this.handleStorage);
        }
        willUpdate(changed) {
            super.willUpdate(changed);
            const loaded = this.data.status === 'ready' ? this.data.value : undefined;
            if (!loaded?.scheme)
                return;
            const from = `${this.mode}|${this.storageKey(loaded.scheme.year)}`;
            if (from !== this.loadedFrom || changed.has('initialProgress')) {
                this.loadedFrom = from;
                this.restore({ ...loaded, scheme: loaded.scheme });
            }
        }
        /** The progress as the JSON file "Last ned fremdriften" downloads (format `usht-application-checklist`, version 1). */
        exportProgress() {
            return this.progress ? JSON.stringify(this.progress, null, 2) : undefined;
        }
        /**
         * Loads progress from a file's text. A file that fails the SDK's schema, or is for another year
         * or centre, is refused with a message and the current progress is kept.
         * @returns whether the progress was replaced.
         */
        importProgress(text) {
            const current = this.progress;
            const sdk = this.data.value?.sdk;
            if (!current || !sdk)
                return false;
            let value;
            try {
                value = JSON.parse(text);
            }
            catch {
                value = undefined;
            }
            const read = sdk.migrateChecklistState(value);
            const i18n = this.i18n;
            if (read.status !== 'current') {
                this.importError = i18n.t('applicationChecklist', 'importInvalid');
            }
            else if (read.state.schemeYear !== current.schemeYear) {
                this.importError = i18n.t('applicationChecklist', 'importWrongYear', String(read.state.schemeYear));
            }
            else if (read.state.centreId !== current.centreId && current.centreId !== null) {
                this.importError = i18n.t('applicationChecklist', 'importWrongCentre');
            }
            else {
                this.importError = undefined;
                // A loaded file is the user's latest word: it must win over any copy another tab holds.
                this.progress = { ...read.state, centreId: current.centreId, updatedAt: nextStamp(current.updatedAt) };
                this.persist();
                this.notice = 'importDone';
                return true;
            }
            return false;
        }
        get mode() {
            return checkEnum(TAG, 'storage', this.storage, checklistStorageModes, 'ask');
        }
        get centreId() {
            const centre = this.centre?.trim();
            if (!centre)
                return null;
            if (idPattern.test(centre))
                return centre;
            warnOnce(`${TAG}:centre:${centre}`, `<${TAG}>: centre="${centre}" is not a centre id (kebab-case, e.g. "buskerud"); progress is kept without a centre.`);
            return null;
        }
        storageKey(year) {
            return `usht-kit:application-checklist:v1:${year}:${this.centreId ?? 'all'}`;
        }
        get storing() {
            return this.mode !== 'none' && this.consented;
        }
        // Reading our own key is how we learn that the user agreed on an earlier visit: the key exists
        // only if they did (or the host chose storage="local"). Nothing is written here.
        readStored(key) {
            try {
                return localStorage.getItem(key);
            }
            catch {
                return undefined;
            }
        }
        restore(loaded) {
            const { sdk, scheme } = loaded;
            const year = scheme.year;
            const keep = this.progress?.schemeYear === year && this.progress.centreId === this.centreId ? this.progress : undefined;
            let start = keep ?? sdk.emptyChecklistState(year, this.centreId);
            const given = this.initialProgress === undefined ? undefined : sdk.migrateChecklistState(this.initialProgress);
            if (given?.status === 'current' && given.state.schemeYear === year) {
                start = { ...given.state, centreId: this.centreId };
            }
            else if (given) {
                warnOnce(`${TAG}:initialProgress`, `<${TAG}>: initialProgress is not a valid checklist state for ${year} (SDK checklistStateSchema); ignored.`);
            }
            this.notice = undefined;
            this.consented = this.mode === 'local';
            const raw = this.mode === 'none' ? null : this.readStored(this.storageKey(year));
            if (raw === undefined && this.mode === 'local')
                this.notice = 'storageUnavailable';
            if (raw) {
                this.consented = true;
                const read = this.parse(sdk, raw, year, true);
                const beforeStorage = start;
                if (read.status === 'current' || read.status === 'recovered') {
                    // The host's copy and the browser's: the newer wins, as between two tabs.
                    if (!given || isNewer(read.state, start))
                        start = read.state;
                }
                if (read.status !== 'current') {
                    if (read.status !== 'recovered')
                        start = beforeStorage;
                    this.notice = read.status === 'recovered' ? 'storageRecovered' : 'storageReset';
                    this.progress = start;
                    this.persist();
                }
            }
            this.progress = start;
            // Coming back to a task with a problem shows the problem at once (GOV.UK; WCAG 3.3.1).
            this.open = new Set(sdk.applicationTasks(scheme, start).tasks.filter((t) => t.status === 'problem').map((t) => t.id));
        }
        parse(sdk, raw, year, recover) {
            let value;
            try {
                value = JSON.parse(raw);
            }
            catch {
                return { status: 'foreign' };
            }
            const read = sdk.migrateChecklistState(value, { recover });
            // A record under our key for another year or centre is not ours to show.
            if ((read.status === 'current' || read.status === 'recovered') && (read.state.schemeYear !== year || read.state.centreId !== this.centreId)) {
                return { status: 'foreign' };
            }
            return read;
        }
        persist() {
            if (!this.storing || !this.progress)
                return;
            try {
                localStorage.setItem(this.storageKey(this.progress.schemeYear), JSON.stringify(this.progress));
            }
            catch {
                this.notice = 'storageUnavailable';
            }
        }
        /** Another tab wrote or removed our key: take newer progress, never older. */
        handleStorage = (event) => {
            const current = this.progress;
            const sdk = this.data.value?.sdk;
            if (!current || !sdk || this.mode === 'none' || (event.key !== null && event.key !== this.storageKey(current.schemeYear)))
                return;
            if (event.newValue === null) {
                if (!this.consented)
                    return;
                this.consented = false;
                this.notice = 'otherTabForgot';
                return;
            }
            const read = this.parse(sdk, event.newValue, current.schemeYear, false);
            if (read.status !== 'current')
                return;
            this.consented = true;
            if (isNewer(read.state, current)) {
                this.progress = read.state;
                this.notice = 'otherTabLoaded';
            }
        };
        /**
         * Applies one user change. When storing, a newer copy another tab wrote (its storage event may
         * not have arrived yet) is taken first and the change applied on top, so neither tab's newer
         * work is overwritten.
         */
        change(taskId, apply) {
            let base = this.progress;
            const sdk = this.data.value?.sdk;
            if (!base || !sdk)
                return;
            if (this.storing) {
                const raw = this.readStored(this.storageKey(base.schemeYear));
                const read = raw ? this.parse(sdk, raw, base.schemeYear, false) : undefined;
                if (read?.status === 'current' && isNewer(read.state, base)) {
                    base = read.state;
                    this.notice = 'otherTabLoaded';
                }
            }
            const next = structuredClone(base);
            apply(next);
            next.updatedAt = nextStamp(base.updatedAt);
            this.progress = next;
            this.persist();
            const task = taskId && this.overview()?.tasks.find((t) => t.id === taskId);
            this.dispatchEvent(new UshtChecklistChangeEvent(task ? { taskId: task.id, status: task.status } : {}));
        }
        overview() {
            const { scheme, sdk } = this.data.value ?? {};
            return scheme && sdk && this.progress ? sdk.applicationTasks(scheme, this.progress) : undefined;
        }
        toggle(id) {
            const open = new Set(this.open);
            if (!open.delete(id))
                open.add(id);
            this.open = open;
        }
        handleConsent(event) {
            if (event.target.checked) {
                this.consented = true;
                this.notice = undefined;
                this.persist();
            }
            else {
                this.forget();
            }
        }
        async handleForget() {
            this.forget();
            // The button goes away with what it deleted: keep keyboard focus in the same place.
            await this.updateComplete;
            this.renderRoot.querySelector('#remember')?.focus();
        }
        forget() {
            const progress = this.progress;
            this.consented = false;
            if (!progress)
                return;
            try {
                localStorage.removeItem(this.storageKey(progress.schemeYear));
            }
            catch {
                // Nothing could be stored either, so nothing is left behind.
            }
            this.notice = 'forgotten';
        }
        download() {
            const json = this.exportProgress();
            if (!json || !this.progress)
                return;
            const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
            const link = document.createElement('a');
            link.href = url;
            link.download = `usht-soknad-${this.progress.schemeYear}${this.progress.centreId ? `-${this.progress.centreId}` : ''}.json`;
            link.hidden = true;
            this.renderRoot.append(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(url));
        }
        async handleFile(event) {
            const input = event.target;
            const file = input.files?.[0];
            input.value = '';
            if (!file)
                return;
            if (this.importProgress(await file.text()))
                this.dispatchEvent(new UshtChecklistChangeEvent());
        }
        // ---- rendering ----
        render() {
            const i18n = this.i18n;
            const t = (key) => i18n.t('applicationChecklist', key);
            if (this.data.status === 'loading')
                return renderLoading(i18n, t('loading'));
            if (this.data.status === 'error')
                return renderError(i18n, () => this.data.retry(), t('loadFailed'));
            const loaded = this.data.value;
            const overview = this.overview();
            if (!loaded?.scheme || !overview || !this.progress)
                return this.renderUnknownYear(loaded?.years ?? []);
            return this.renderChecklist(loaded.scheme, overview, this.progress);
        }
        renderUnknownYear(years) {
            const i18n = this.i18n;
            const text = years.length === 0
                ? i18n.t('applicationChecklist', 'noSchemes')
                : i18n.t('applicationChecklist', 'unknownYear', String(this.year ?? ''), years.join(', '));
            return html `<div class="state" data-kind="warning" part="state" role="status"><p>${text}</p></div>`;
        }
        renderChecklist(scheme, overview, progress) {
            const i18n = this.i18n;
            const year = String(scheme.year);
            return html `<div class="checklist">
      <h2 class="title" part="heading">${i18n.t('applicationChecklist', 'title', year)}</h2>
      <p class="scheme" lang="nb">${scheme.name} · ${scheme.administrator}</p>
      <p class="summary" part="summary">${i18n.t('applicationChecklist', 'summary', i18n.formatNumber(overview.completed), i18n.formatNumber(overview.total))}</p>
      ${this.renderStorage(year)}
      <div class="notice" role="status">${this.notice ? html `<p>${i18n.t('applicationChecklist', this.notice)}</p>` : nothing}</div>
      ${overview.groups.map((group) => html `<section class="group" aria-labelledby="group-${group.id}">
        <h3 id="group-${group.id}">${i18n.t('applicationChecklist', `group-${group.id}`)}</h3>
        <ul class="tasks" part="list">${group.tasks.map((task) => this.renderTask(task, scheme, overview, progress))}</ul>
      </section>`)}
      ${this.renderTools()}
    </div>`;
        }
        renderStorage(year) {
            const i18n = this.i18n;
            if (this.mode === 'none')
                return html `<p class="storage">${i18n.t('applicationChecklist', 'notStoredNote')}</p>`;
            // The box stays where it is once ticked, so focus is not lost and unticking is the way back.
            const offer = this.mode === 'ask' || !this.consented;
            return html `<div class="storage">
      ${offer
                ? html `<div class="checkbox">
            <input id="remember" type="checkbox" .checked=${this.consented} aria-describedby="remember-hint" @change=${this.handleConsent} />
            <label for="remember">${i18n.t('applicationChecklist', 'remember')}</label>
          </div>
          <p id="remember-hint" class="hint">${i18n.t('applicationChecklist', 'rememberHint')}</p>`
                : nothing}
      ${this.storing
                ? html `<div class="stored">
            <p>${i18n.t('applicationChecklist', 'storedNote', year)}</p>
            <button type="button" class="button secondary" @click=${this.handleForget}>${i18n.t('applicationChecklist', 'forget')}</button>
          </div>`
                : nothing}
    </div>`;
        }
        taskName(task, year) {
            const i18n = this.i18n;
            return task.id === 'action-plan'
                ? i18n.t('applicationChecklist', 'task-action-plan', year)
                : i18n.t('applicationChecklist', `task-${task.id}`);
        }
        sourceTitles(rule) {
            const sources = this.data.value?.sources;
            return rule.source.map((id) => sources?.get(id)?.publisher ?? sources?.get(id)?.title ?? id).join('; ');
        }
        /** A rule in the source's words (Norwegian, whatever the page's language), with its source. */
        renderRule(rule) {
            return html `<span lang="nb">${rule.text}</span>
      <span class="source">(${this.i18n.t('common', 'sourceLabel')}: ${this.sourceTitles(rule)})</span>`;
        }
        renderTask(task, scheme, overview, progress) {
            const i18n = this.i18n;
            const name = this.taskName(task, String(scheme.year));
            // GOV.UK: tasks that cannot be started (or do not apply) are not links, so not focusable.
            const active = task.status !== 'cannot-start-yet' && task.status !== 'not-applicable';
            const isOpen = active && this.open.has(task.id);
            const [first, ...more] = task.rules;
            return html `<li class="task" part="item" data-status=${task.status}>
      <div class="row">
        ${active
                ? html `<button type="button" class="name" aria-expanded=${isOpen ? 'true' : 'false'} aria-controls="panel-${task.id}"
              aria-describedby="hint-${task.id} status-${task.id}" @click=${() => this.toggle(task.id)}>${name}</button>`
                : html `<span class="name">${name}</span>`}
        ${first ? html `<div class="hint" id="hint-${task.id}">${this.renderRule(first)}</div>` : nothing}
        <div class="status" id="status-${task.id}" part="status"><strong class="tag">${i18n.t('applicationChecklist', `status-${task.status}`)}</strong></div>
      </div>
      ${active
                ? html `<div class="panel" id="panel-${task.id}" ?hidden=${!isOpen}>
            ${more.map((rule) => html `<p class="hint">${this.renderRule(rule)}</p>`)}
            ${task.kind === 'question' ? this.renderQuestions(scheme, progress) : nothing}
            ${task.fields.map((field) => this.renderField(task, field, scheme, progress))}
            ${task.id === 'budget' ? this.renderTotal(overview, progress) : nothing}
            ${this.renderSourceLinks(task)}
            ${task.kind === 'manual' ? this.renderProgress(task, name) : nothing}
          </div>`
                : nothing}
    </li>`;
        }
        renderSourceLinks(task) {
            const sources = this.data.value?.sources;
            const ids = [...new Set(task.rules.flatMap((rule) => rule.source))];
            // Only URLs that passed the SDK's safe-URL schema ever get here.
            const linked = ids.flatMap((id) => {
                const source = sources?.get(id);
                return source?.url ? [source] : [];
            });
            if (linked.length === 0)
                return nothing;
            return html `<p class="links">${this.i18n.t('applicationChecklist', 'readSource')}
      ${linked.map((source, i) => html `${i ? ', ' : ''}<a href=${source.url}>${source.title}</a>`)}</p>`;
        }
        renderProgress(task, name) {
            const i18n = this.i18n;
            return html `<fieldset class="choices">
      <legend>${i18n.t('applicationChecklist', 'progressLegend')} <span class="visually-hidden">(${name})</span></legend>
      ${progressChoices.map((choice) => html `<div class="radio">
        <input type="radio" id="progress-${task.id}-${choice}" name="progress-${task.id}" .checked=${task.progress === choice}
          @change=${() => this.change(task.id, (s) => (s.tasks[task.id] = choice))} />
        <label for="progress-${task.id}-${choice}">${i18n.t('applicationChecklist', `status-${choice}`)}</label>
      </div>`)}
    </fieldset>`;
        }
        renderQuestions(scheme, progress) {
            const i18n = this.i18n;
            const question = (key, legend) => html `<fieldset class="choices inline">
      <legend>${legend}</legend>
      ${[true, false].map((value) => html `<div class="radio">
        <input type="radio" id="${key}-${value}" name=${key} .checked=${progress.answers[key] === value}
          @change=${() => this.change('unused-funds', (s) => (s.answers[key] = value))} />
        <label for="${key}-${value}">${i18n.t('applicationChecklist', value ? 'yes' : 'no')}</label>
      </div>`)}
    </fieldset>`;
            return html `${question('hasUnusedFunds', i18n.t('applicationChecklist', 'hasUnusedFunds', String(scheme.year - 1)))}
      ${progress.answers.hasUnusedFunds ? question('applyingAgain', i18n.t('applicationChecklist', 'applyingAgain', String(scheme.year))) : nothing}`;
        }
        errorText(error, label) {
            const i18n = this.i18n;
            if (error.code === 'over-limit')
                return i18n.t('applicationChecklist', 'error-over-limit', label, i18n.formatCurrency(error.limit ?? 0));
            return i18n.t('applicationChecklist', `error-${error.code}`, label);
        }
        renderField(task, field, scheme, progress) {
            const i18n = this.i18n;
            const label = i18n.text('applicationChecklist', `field-${field}`);
            const error = task.errors.find((e) => e.field === field);
            const max = scheme.earmarkedLeveHeleLivetMax?.valueNOK;
            const hint = field === 'caseNumber'
                ? nothing
                : field === 'earmarkedLeveHeleLivet' && max !== undefined
                    ? i18n.t('applicationChecklist', 'earmarkedHint', i18n.formatCurrency(max))
                    : i18n.t('applicationChecklist', 'amountHint');
            const value = field === 'caseNumber' ? progress.caseNumber : progress.amounts[field] ?? '';
            const describedBy = [hint === nothing ? '' : `field-hint-${field}`, error ? `field-error-${field}` : ''].filter(Boolean).join(' ');
            return html `<div class="field" ?data-invalid=${error !== undefined}>
      <label for="field-${field}">${i18n.t('applicationChecklist', `field-${field}`)}</label>
      ${hint === nothing ? nothing : html `<p class="hint" id="field-hint-${field}">${hint}</p>`}
      ${error
                ? html `<p class="error-message" id="field-error-${field}"><span class="visually-hidden">${i18n.t('applicationChecklist', 'errorPrefix')}</span> ${this.errorText(error, label)}</p>`
                : nothing}
      <input id="field-${field}" class=${field === 'caseNumber' ? 'input' : 'input amount'} type="text" .value=${value}
        inputmode=${field === 'caseNumber' ? 'text' : 'decimal'} autocomplete="off" spellcheck="false" maxlength="200"
        aria-describedby=${describedBy || nothing} aria-invalid=${error ? 'true' : 'false'}
        @change=${(event) => {
                const text = event.target.value;
                this.change(task.id, (s) => {
                    if (field === 'caseNumber')
                        s.caseNumber = text;
                    else
                        s.amounts[field] = text;
                });
            }} />
    </div>`;
        }
        renderTotal(overview, progress) {
            const i18n = this.i18n;
            const withUnused = progress.answers.hasUnusedFunds === true && progress.answers.applyingAgain === true;
            return html `<p class="total">
      <span>${i18n.t('applicationChecklist', withUnused ? 'totalWithUnused' : 'total')}:</span>
      <strong>${overview.totalAsked === null ? i18n.t('applicationChecklist', 'totalPending') : i18n.formatCurrency(overview.totalAsked)}</strong>
    </p>`;
        }
        renderTools() {
            const i18n = this.i18n;
            return html `<section class="tools" aria-labelledby="tools-heading">
      <h3 id="tools-heading">${i18n.t('applicationChecklist', 'toolsHeading')}</h3>
      <div class="buttons">
        <button type="button" class="button secondary" @click=${() => this.download()}>${i18n.t('applicationChecklist', 'export')}</button>
        <button type="button" class="button secondary" @click=${() => this.renderRoot.querySelector('#import-file')?.click()}>${i18n.t('applicationChecklist', 'import')}</button>
        <input id="import-file" type="file" accept="application/json,.json" hidden @change=${this.handleFile} />
        <button type="button" class="button secondary" @click=${() => window.print()}>${i18n.t('applicationChecklist', 'print')}</button>
      </div>
      <div role="alert">${this.importError ? html `<p class="error-message">${this.importError}</p>` : nothing}</div>
    </section>`;
        }
    };
})();
export { UshtApplicationChecklist };
//# sourceMappingURL=application-checklist.js.map