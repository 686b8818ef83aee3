import {html, nothing, type TemplateResult} from 'lit';
import type {Activity, Source} from '@usht/sdk';
import {Localizer} from '../shared/localizer.js';
import type {MessageOverrides} from '../locales/messages.js';
import type {Locale} from '../locales/resolve.js';
import {activityEditor} from '../locales/activity-editor.js';
import {serverPublisher} from '../locales/server-publisher.js';
import {sameActivity} from './activity-form.js';

/**
 * The activity editor's "publish to a server" part (openapi.yaml's writes, @usht/server): loaded
 * when a coordinator opens it, so the editor's entry does not carry it.
 *
 * Nothing is lost and nothing is overwritten unseen: every change is a PUT with `If-Match` (the
 * tag of the version this page last published or read); a 412 shows both versions' owner the
 * choice. The key is held in this object only: never stored, never put in a URL.
 */
export interface PublisherHost {
  readonly renderRoot: ShadowRoot | HTMLElement;
  requestUpdate(): void;
  /** Resolves once the element has rendered what was asked. */
  updated(): Promise<boolean>;
  locale(): Locale;
  overrides(): MessageOverrides | undefined;
  /** The activities and source records as the editor has them now. */
  entries(): readonly Activity[];
  sources(): readonly Source[];
  /** Puts the server's copy of an activity in the editor's list (checked by the SDK's schema first). */
  replaceEntry(activity: Activity): void;
  /** The SDK's activity check: what comes back from a server is data, not trusted. */
  parseActivity(json: unknown): Activity | undefined;
  heading(level: number, content: unknown, id?: string, focusable?: boolean): TemplateResult;
  /** Level of this part's heading. */
  level(): number;
}

type ProblemKind = 'forbidden' | 'invalid' | 'conflict' | 'conflictUnknown' | 'failed';

interface ActivityProblem {
  readonly activity: Activity;
  readonly kind: ProblemKind;
  /** 400: the server's `errors` (path and message, in the request's language). */
  readonly errors?: readonly {path: string; message: string}[];
  readonly status?: number;
  /** 412 and the like: what the server holds now, and its tag. */
  readonly current?: Activity;
  readonly currentTag?: string;
}

type Outcome = 'created' | 'updated' | 'unchanged' | ActivityProblem;

/** Why a whole run stopped: nothing after it would have gone better. */
class Stop extends Error {
  constructor(readonly kind: 'unauthorized' | 'offline' | 'tooMany', readonly seconds = 0) {
    super(kind);
  }
}

type Status =
  | {readonly state: 'idle'}
  | {readonly state: 'working'; readonly done: number; readonly total: number}
  | {readonly state: 'done'; readonly created: number; readonly updated: number; readonly unchanged: number; readonly problems: readonly ActivityProblem[]; readonly stop?: Stop; readonly kept?: string};

interface Reply {
  readonly status: number;
  readonly etag: string | null;
  readonly json: unknown;
  readonly retryAfter: string | null;
}

const TOKEN = /^usht_[0-9a-f]{16}_[\w-]{43}$/;
const TIMEOUT = 15_000;

export class ServerPublisher {
  url: string;
  private token = '';
  private problems: {url?: 'problem-url-missing' | 'problem-url-invalid'; token?: 'problem-token-missing' | 'problem-token-invalid'} = {};
  private status: Status = {state: 'idle'};
  /** Each activity's tag on the server as this page last saw it: what `If-Match` sends. */
  private readonly tags = new Map<string, string>();
  /** The server those tags are of: another address starts without them. */
  private taggedFor = '';

  constructor(private readonly host: PublisherHost, url: string) {
    this.url = url;
  }

  private get i18n(): Localizer {
    return new Localizer(this.host.locale(), this.host.overrides(), {activityEditor, serverPublisher});
  }

  private update(): void {
    this.host.requestUpdate();
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updated();
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private base(): URL | undefined {
    try {
      // Relative to the page: a host page may name its own API path (server="/api/").
      const url = new URL(this.url.trim(), document.baseURI);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      return url;
    } catch {
      return undefined;
    }
  }

  private async call(method: string, path: string, options: {body?: unknown; ifMatch?: string; auth?: boolean} = {}): Promise<Reply> {
    const headers: Record<string, string> = {accept: 'application/json', 'accept-language': this.host.locale() === 'se' ? 'nb' : this.host.locale()};
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.auth !== false) headers['authorization'] = `Bearer ${this.token.trim()}`;
    if (options.ifMatch) headers['if-match'] = options.ifMatch;
    let response: Response;
    try {
      response = await fetch(new URL(path, this.base()), {
        method, headers, cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT),
        ...(options.body !== undefined ? {body: JSON.stringify(options.body)} : {}),
      });
    } catch {
      // Unreachable, refused by CORS, or too slow: the browser does not say which.
      throw new Stop('offline');
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      json = undefined;
    }
    if (response.status === 401) throw new Stop('unauthorized');
    if (response.status === 429) throw new Stop('tooMany', Math.max(1, Number(response.headers.get('retry-after')) || 60));
    return {status: response.status, etag: response.headers.get('etag'), json, retryAfter: response.headers.get('retry-after')};
  }

  private refused(activity: Activity, reply: Reply): ActivityProblem {
    if (reply.status === 403) return {activity, kind: 'forbidden'};
    const errors = (reply.json as {errors?: unknown} | undefined)?.errors;
    if (reply.status === 400 && Array.isArray(errors)) {
      return {activity, kind: 'invalid', errors: errors.filter((e): e is {path: string; message: string} => typeof e?.path === 'string' && typeof e?.message === 'string')};
    }
    return {activity, kind: 'failed', status: reply.status};
  }

  /** The server's copy, checked, into the editor's list; its tag remembered. */
  private accept(json: unknown, etag: string | null): Activity | undefined {
    const activity = this.host.parseActivity(json);
    if (!activity || !etag) return undefined;
    this.tags.set(activity.id, etag);
    this.host.replaceEntry(activity);
    return activity;
  }

  private async publishOne(activity: Activity, ifMatch = this.tags.get(activity.id)): Promise<Outcome> {
    const id = encodeURIComponent(activity.id);
    const cited = new Set(activity.source);
    const body = {activity, sources: this.host.sources().filter((s) => cited.has(s.id))};
    if (!ifMatch) {
      // Never published from this page: is it on the server already?
      const current = await this.call('GET', `activities/${id}`, {auth: false});
      if (current.status === 200) {
        if (sameActivity(current.json, activity)) return this.accept(current.json, current.etag) ? 'unchanged' : {activity, kind: 'failed', status: 200};
        const server = this.host.parseActivity(current.json);
        return server && current.etag ? {activity, kind: 'conflictUnknown', current: server, currentTag: current.etag} : {activity, kind: 'failed', status: 200};
      }
      if (current.status !== 404) return this.refused(activity, current);
      const created = await this.call('POST', `centres/${encodeURIComponent(activity.centreId)}/activities`, {body});
      if (created.status === 201) return this.accept(created.json, created.etag) ? 'created' : {activity, kind: 'failed', status: 201};
      // Someone published the same id a moment ago: look again, as a conflict.
      if (created.status === 409) return this.publishOne(activity, undefined);
      return this.refused(activity, created);
    }
    const updated = await this.call('PUT', `activities/${id}`, {body, ifMatch});
    if (updated.status === 200) {
      const unchanged = updated.etag === ifMatch;
      return this.accept(updated.json, updated.etag) ? (unchanged ? 'unchanged' : 'updated') : {activity, kind: 'failed', status: 200};
    }
    if (updated.status === 412) {
      const current = this.host.parseActivity((updated.json as {current?: unknown} | undefined)?.current);
      return current && updated.etag ? {activity, kind: 'conflict', current, currentTag: updated.etag} : {activity, kind: 'failed', status: 412};
    }
    if (updated.status === 404) {
      // Gone from the server (a new database): publish it anew.
      this.tags.delete(activity.id);
      return this.publishOne(activity, undefined);
    }
    return this.refused(activity, updated);
  }

  private check(): boolean {
    const url = this.url.trim();
    const token = this.token.trim();
    this.problems = {
      ...(url ? (this.base() ? {} : {url: 'problem-url-invalid'}) : {url: 'problem-url-missing'}),
      ...(token ? (TOKEN.test(token) ? {} : {token: 'problem-token-invalid'}) : {token: 'problem-token-missing'}),
    } as typeof this.problems;
    return !this.problems.url && !this.problems.token;
  }

  private readonly submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.status.state === 'working') return;
    if (!this.check()) {
      this.update();
      await this.focus(this.problems.url ? '#server-url' : '#server-token');
      return;
    }
    const server = this.base()!.href;
    if (server !== this.taggedFor) {
      this.tags.clear();
      this.taggedFor = server;
    }
    const list = [...this.host.entries()];
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    const problems: ActivityProblem[] = [];
    let stop: Stop | undefined;
    this.status = {state: 'working', done: 0, total: list.length};
    this.update();
    for (const [index, activity] of list.entries()) {
      try {
        const outcome = await this.publishOne(activity);
        if (outcome === 'created') created += 1;
        else if (outcome === 'updated') updated += 1;
        else if (outcome === 'unchanged') unchanged += 1;
        else problems.push(outcome);
      } catch (error) {
        if (!(error instanceof Stop)) throw error;
        stop = error;
        break;
      }
      this.status = {state: 'working', done: index + 1, total: list.length};
      this.update();
    }
    this.status = {state: 'done', created, updated, unchanged, problems, ...(stop ? {stop} : {})};
    this.update();
    await this.focus('#server-result');
  };

  /** The coordinator chose the server's version: it replaces theirs in the list. */
  private keepServer(problem: ActivityProblem): void {
    if (this.status.state !== 'done' || !problem.current || !problem.currentTag) return;
    this.tags.set(problem.current.id, problem.currentTag);
    this.host.replaceEntry(problem.current);
    this.status = {...this.status, problems: this.status.problems.filter((p) => p !== problem), kept: problem.current.title};
    this.update();
    void this.focus('#server-result');
  }

  /** The coordinator chose theirs: written over the version they have now seen. */
  private async keepMine(problem: ActivityProblem): Promise<void> {
    if (this.status.state !== 'done' || !problem.currentTag) return;
    const done = this.status;
    let outcome: Outcome;
    try {
      outcome = await this.publishOne(problem.activity, problem.currentTag);
    } catch (error) {
      if (!(error instanceof Stop)) throw error;
      this.status = {...done, stop: error};
      this.update();
      await this.focus('#server-result');
      return;
    }
    const rest = done.problems.filter((p) => p !== problem);
    this.status = typeof outcome === 'string'
      ? {...done, problems: rest, updated: done.updated + (outcome === 'updated' ? 1 : 0), kept: undefined}
      : {...done, problems: [...rest, outcome]};
    this.update();
    await this.focus('#server-result');
  }

  private field(id: string, label: string | TemplateResult, hint: string | TemplateResult, problem: string | TemplateResult | undefined, control: TemplateResult): TemplateResult {
    const i18n = this.i18n;
    return html`<div class="field" ?data-invalid=${problem !== undefined}>
      <label for=${id}>${label}</label>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${problem ? html`<p class="error-message" id="${id}-error"><span class="visually-hidden">${i18n.t('activityEditor', 'errorPrefix')}</span> ${problem}</p>` : nothing}
      ${control}
    </div>`;
  }

  render(): TemplateResult {
    const i18n = this.i18n;
    const t = i18n.t.bind(i18n);
    const level = this.host.level();
    const count = this.host.entries().length;
    const working = this.status.state === 'working';
    const describe = (id: string, invalid: boolean) => `${id}-hint${invalid ? ` ${id}-error` : ''}`;
    return html`<section class="server" aria-labelledby="server-heading">
      ${this.host.heading(level, t('serverPublisher', 'heading'), 'server-heading', true)}
      <p>${t('serverPublisher', 'intro')}</p>
      <form class="server-form" novalidate @submit=${this.submit}>
        ${this.field('server-url', t('serverPublisher', 'url'), t('serverPublisher', 'urlHint'), this.problems.url ? t('serverPublisher', this.problems.url) : undefined,
          html`<input id="server-url" class="input" type="url" autocomplete="url" spellcheck="false" .value=${this.url}
            aria-describedby=${describe('server-url', !!this.problems.url)} aria-invalid=${this.problems.url ? 'true' : 'false'}
            @input=${(e: Event) => (this.url = (e.target as HTMLInputElement).value)} />`)}
        ${this.field('server-token', t('serverPublisher', 'token'), t('serverPublisher', 'tokenHint'), this.problems.token ? t('serverPublisher', this.problems.token) : undefined,
          html`<input id="server-token" class="input" type="password" autocomplete="off" spellcheck="false" .value=${this.token}
            aria-describedby=${describe('server-token', !!this.problems.token)} aria-invalid=${this.problems.token ? 'true' : 'false'}
            @input=${(e: Event) => (this.token = (e.target as HTMLInputElement).value)} />`)}
        <button type="submit" class="button primary publish-server" ?disabled=${count === 0} aria-disabled=${working ? 'true' : nothing}>
          ${i18n.countT('serverPublisher', 'publish', count)}</button>
      </form>
      <div class="server-report" role="status">${this.renderStatus(i18n)}</div>
    </section>`;
  }

  private renderStatus(i18n: Localizer): TemplateResult | typeof nothing {
    const t = i18n.t.bind(i18n);
    const status = this.status;
    if (status.state === 'idle') return nothing;
    if (status.state === 'working') return html`<p>${t('serverPublisher', 'working', i18n.formatNumber(status.done), i18n.formatNumber(status.total))}</p>`;
    const stop = status.stop;
    return html`${this.host.heading(this.host.level() + 1, t('serverPublisher', 'resultHeading'), 'server-result', true)}
      ${stop
        ? html`<p class="error-message">${stop.kind === 'tooMany' ? t('serverPublisher', 'tooMany', i18n.formatNumber(stop.seconds)) : t('serverPublisher', stop.kind)}</p>`
        : nothing}
      <p>${t('serverPublisher', 'result', i18n.formatNumber(status.created), i18n.formatNumber(status.updated), i18n.formatNumber(status.unchanged))}</p>
      ${status.kept ? html`<p>${t('serverPublisher', 'keptServer', status.kept)}</p>` : nothing}
      ${status.problems.length
        ? html`<p>${i18n.countT('serverPublisher', 'needsYou', status.problems.length)}</p>
          <ul class="server-problems">${status.problems.map((p) => this.renderProblem(i18n, p))}</ul>`
        : nothing}`;
  }

  private renderProblem(i18n: Localizer, problem: ActivityProblem): TemplateResult {
    const t = i18n.t.bind(i18n);
    const title = html`<strong lang=${problem.activity.language}>${problem.activity.title}</strong>`;
    const text = problem.kind === 'failed' ? t('serverPublisher', 'failed', String(problem.status ?? 0)) : t('serverPublisher', problem.kind);
    const forTitle = html`<span class="visually-hidden">: ${problem.activity.title}</span>`;
    return html`<li data-id=${problem.activity.id} data-problem=${problem.kind}>
      ${title}: ${text}
      ${problem.errors?.length ? html`<ul>${problem.errors.map((e) => html`<li>${e.path ? `${e.path}: ` : ''}${e.message}</li>`)}</ul>` : nothing}
      ${problem.kind === 'conflict' || problem.kind === 'conflictUnknown'
        ? html`${problem.current ? html`<p>${t('serverPublisher', 'onServer')} <span lang=${problem.current.language}>${`«${problem.current.title}»`}</span></p>` : nothing}
          <div class="buttons">
            <button type="button" class="button secondary keep-server" @click=${() => this.keepServer(problem)}>${t('serverPublisher', 'keepServer')}${forTitle}</button>
            <button type="button" class="button warning keep-mine" @click=${() => this.keepMine(problem)}>${t('serverPublisher', 'keepMine')}${forTitle}</button>
          </div>`
        : nothing}
    </li>`;
  }
}
