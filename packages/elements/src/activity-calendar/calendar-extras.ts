import {html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult} from 'lit';
import {adoptSheet} from '../shared/adopt-styles.js';
import {calendarExtras} from '../locales/calendar-extras.js';
import {warnOnce} from '../shared/dev-warnings.js';
import type {Localizer} from '../shared/localizer.js';
import {formatDate, parsePlainDate, todayKey} from '../shared/dates.js';
import {isDateKey} from './calendar-model.js';
import {extrasStyles} from './calendar-extras.styles.js';

// The calendar's parts that load on demand, when "more filters" first opens or when the calendar
// has a subscribe-url: its entry is held at a size ceiling (scripts/size-report.js). Until this
// module is there (or if it cannot load), the calendar shows native date fields.
//
// R8: the "from" and "to" fields are a text field where a date can be typed the way Norwegians
// write it, and a button that opens the APG date picker dialog
// (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/), whose
// code loads on its first open (date-picker-dialog.ts).
// R20: "Subscribe to the calendar", the host's published .ics feed as a webcal:// link (calendar
// apps subscribe) and as its https:// address (Google and Outlook add a calendar by URL).

export type DateName = 'from' | 'to';

/** What the calendar gives its extras. */
export interface ExtrasHost extends ReactiveElement {
  from: string;
  to: string;
  readonly subscribeUrl: string | undefined;
  /** The calendar's localizer of this render. */
  readonly strings: Localizer;
}

type Dialog = typeof import('./date-picker-dialog.js');
let loadDialog: Promise<Dialog> | undefined;

/**
 * Typed text as `YYYY-MM-DD`: `dd.mm.åååå`, `d.m.åååå` or ISO `åååå-mm-dd`; `''` for an empty
 * field; `undefined` for text that is not a date or not a real day (31.02.2026).
 */
export function parseTypedDate(text: string): string | undefined {
  const value = text.trim();
  if (!value) return '';
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const key = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : value;
  return isDateKey(key) ? key : undefined;
}

/** The picker's state: which field it is for and its grid's active day (the one tab stop). */
export interface Picker {
  readonly name: DateName;
  readonly date: string;
}

/** One calendar's date fields, its date picker dialog while one is open, and its subscribe links. */
export class CalendarExtras implements ReactiveController {
  private readonly host: ExtrasHost;
  /** The calendar's own filter handler, given a field's name and value. */
  private readonly apply: (field: {name: DateName; value: string}) => void;
  /** Text the user typed that is not a date: kept in the field, with an error, filter unchanged. */
  private readonly typed: Partial<Record<DateName, string>> = {};
  /** The value each field last showed: a new one (set by the host) replaces what the user typed. */
  private readonly seen: Partial<Record<DateName, string>> = {};
  private picker: (Picker & {readonly dialog: Dialog}) | undefined;
  private focusAfter: string | undefined;

  constructor(host: ExtrasHost, apply: (field: {name: DateName; value: string}) => void) {
    this.host = host;
    this.apply = apply;
    // This part's strings join the calendar's sections (its localizer reads that object), and its
    // styles the calendar's shadow root.
    Object.assign((host.constructor as unknown as {sections: object}).sections, {calendarExtras});
    adoptSheet(host.renderRoot, extrasStyles);
    host.addController(this);
    host.requestUpdate();
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    const dialog = root.querySelector<HTMLDialogElement>('dialog.picker');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.focusAfter) root.querySelector<HTMLElement>(this.focusAfter)?.focus();
    this.focusAfter = undefined;
  }

  /** Forgets what the user typed (the filters were reset). */
  reset(): void {
    delete this.typed.from;
    delete this.typed.to;
  }

  /** A date field (`from`, `to`); undefined for the calendar's other fields. */
  renderDate(name: string): TemplateResult | undefined {
    if (name !== 'from' && name !== 'to') return undefined;
    const i18n = this.host.strings;
    const value = this.host[name];
    if (this.seen[name] !== value) delete this.typed[name];
    this.seen[name] = value;
    const typed = this.typed[name];
    const valid = isDateKey(value);
    const label = i18n.text('activityCalendar', name);
    const from = this.host.from;
    const error = typed !== undefined
      ? i18n.text('calendarExtras', 'invalidDate', label)
      : name === 'to' && valid && isDateKey(from) && from > value ? i18n.text('calendarExtras', 'fromAfterTo') : '';
    return html`<div class="field date-field">
      <label for="${name}-date">${i18n.t('activityCalendar', name)}</label>
      <span class="hint" id="${name}-hint">${i18n.t('calendarExtras', 'dateFormat')}</span>
      <span class="date-row">
        <input id="${name}-date" name=${name} type="text" autocomplete="off" spellcheck="false"
          aria-describedby="${name}-hint${error ? ` ${name}-error` : ''}" aria-invalid=${error ? 'true' : nothing}
          .value=${typed ?? (valid ? formatDate(i18n.locale, parsePlainDate(value), 'numeric') : value)}
          @input=${(e: Event) => e.stopPropagation()} @change=${(e: Event) => this.change(name, e)}
          @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.change(name, e)}>
        <button type="button" class="secondary pick" id="${name}-pick" @click=${() => this.open(name)}
          aria-label=${valid ? i18n.text('calendarExtras', 'pickedDate', label, formatDate(i18n.locale, parsePlainDate(value))) : i18n.text('calendarExtras', 'pickDate', label)}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false"><path d="M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2H7zM5 9h14v11H5V9zm2 2v2h2v-2H7zm4 0v2h2v-2h-2zm4 0v2h2v-2h-2zm-8 4v2h2v-2H7zm4 0v2h2v-2h-2z"/></svg>
        </button>
      </span>
      ${error ? html`<span class="error" id="${name}-error">${error}</span>` : nothing}
    </div>${name === 'to' ? this.renderDialog() : nothing}`;
  }

  /** The picker dialog while it is open (modal, in the top layer: where it sits in the DOM does not matter). */
  private renderDialog(): TemplateResult | undefined {
    const picker = this.picker;
    return picker?.dialog.renderDialog(this.host.strings, picker, this.host[picker.name], {
      move: (date) => {
        this.picker = {...picker, date};
        this.focusAfter = `dialog [data-day="${date}"]`;
        this.host.requestUpdate();
      },
      choose: (date) => this.close(date),
      close: () => this.close(),
    });
  }

  /** The subscribe links; nothing without a subscribe-url, and nothing with one warning when it is not an https URL. */
  renderSubscribe(): TemplateResult | typeof nothing {
    const value = this.host.subscribeUrl;
    if (!value) return nothing;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (url?.protocol !== 'https:') {
      const tag = this.host.localName;
      warnOnce(`${tag}:subscribe-url:${value}`, `<${tag}>: subscribe-url="${value}" is not an https URL; no subscribe links are shown.`);
      return nothing;
    }
    const i18n = this.host.strings;
    return html`<p class="subscribe" part="subscribe"><span class="subscribe-label">${i18n.t('calendarExtras', 'subscribe')}:</span>
      <a href=${`webcal:${url.href.slice(6)}`}>${i18n.t('calendarExtras', 'subscribeWebcal')}</a>
      <a href=${url.href}>${i18n.t('calendarExtras', 'subscribeHttps')}</a></p>`;
  }

  private change(name: DateName, event: Event): void {
    event.stopPropagation();
    const text = (event.target as HTMLInputElement).value;
    const key = parseTypedDate(text);
    if (key === undefined) this.typed[name] = text;
    else delete this.typed[name];
    this.host.requestUpdate();
    if (key !== undefined) this.apply({name, value: key});
  }

  private async open(name: DateName): Promise<void> {
    const dialog = await (loadDialog ??= import('./date-picker-dialog.js').catch((error: unknown) => {
      loadDialog = undefined;
      throw error;
    }));
    const value = this.host[name];
    const other = this.host[name === 'from' ? 'to' : 'from'];
    const start = isDateKey(value) ? value : isDateKey(other) ? other : todayKey();
    this.picker = {name, date: start, dialog};
    this.focusAfter = `dialog [data-day="${start}"]`;
    this.host.requestUpdate();
  }

  private close(date?: string): void {
    const picker = this.picker;
    if (!picker) return;
    this.picker = undefined;
    this.focusAfter = `#${picker.name}-pick`;
    if (date !== undefined) {
      delete this.typed[picker.name];
      this.apply({name: picker.name, value: date});
    }
    this.host.requestUpdate();
  }
}
