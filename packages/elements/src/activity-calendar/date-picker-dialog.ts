import {html, type TemplateResult} from 'lit';
import type {Localizer} from '../shared/localizer.js';
import {formatDate, parsePlainDate, todayKey, weekdayNames} from '../shared/dates.js';
import {addMonths, keyMove, monthWeeks} from './calendar-model.js';
import type {Picker} from './calendar-extras.js';

// The APG date picker dialog (R8): a modal dialog labelled by its month heading, buttons for the
// previous and next month and year, and a grid of days with one tab stop. Keys as in the APG
// example; Tab stays inside the dialog; Escape closes it without a change. Loaded on the first
// open, by calendar-extras.ts.

export interface PickerActions {
  move(date: string): void;
  choose(date: string): void;
  close(): void;
}

function gridKey(event: KeyboardEvent, date: string, on: PickerActions): void {
  const next = keyMove(event, date);
  if (next) on.move(next);
  else if (event.key === 'Enter' || event.key === ' ') on.choose(date);
  else return;
  event.preventDefault();
  event.stopPropagation();
}

/** Escape closes; Tab and Shift+Tab wrap around inside the dialog. */
function dialogKey(event: KeyboardEvent, on: PickerActions): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    on.close();
    return;
  }
  if (event.key !== 'Tab') return;
  const dialog = event.currentTarget as HTMLDialogElement;
  const stops = [...dialog.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const edge = event.shiftKey ? stops[0] : stops[stops.length - 1];
  if (active === edge || !stops.includes(active as HTMLElement)) {
    event.preventDefault();
    (event.shiftKey ? stops[stops.length - 1] : stops[0])?.focus();
  }
}

export function renderDialog(i18n: Localizer, picker: Picker, selected: string, on: PickerActions): TemplateResult {
  const active = picker.date;
  const now = todayKey();
  const [long, short] = [weekdayNames(i18n.locale, 'long'), weekdayNames(i18n.locale, 'short')];
  const text = (key: 'previousYear' | 'previousMonth' | 'nextMonth' | 'nextYear') => i18n.text('calendarExtras', key);
  const nav = (key: 'previousYear' | 'previousMonth' | 'nextMonth' | 'nextYear', months: number, symbol: string) =>
    html`<button type="button" class="secondary" aria-label=${text(key)} title=${text(key)} @click=${() => on.move(addMonths(active, months))}><span aria-hidden="true">${symbol}</span></button>`;
  const cell = (day: string) => html`<td role="gridcell" data-day=${day} tabindex=${day === active ? 0 : -1} aria-selected=${day === selected}
    aria-current=${day === now ? 'date' : 'false'} class=${day.startsWith(active.slice(0, 7)) ? '' : 'outside'}
    @click=${() => on.choose(day)}><span aria-hidden="true">${+day.slice(8)}</span><span class="visually-hidden">${formatDate(i18n.locale, parsePlainDate(day), 'weekday')}</span></td>`;
  return html`<dialog class="picker" role="dialog" aria-modal="true" aria-labelledby="picker-month" aria-describedby="picker-help"
    @keydown=${(e: KeyboardEvent) => dialogKey(e, on)} @cancel=${(e: Event) => {
      e.preventDefault();
      on.close();
    }}>
    <div class="picker-nav">
      ${nav('previousYear', -12, '«')}${nav('previousMonth', -1, '‹')}
      <div class="heading" id="picker-month" aria-live="polite">${formatDate(i18n.locale, parsePlainDate(active), 'month')}</div>
      ${nav('nextMonth', 1, '›')}${nav('nextYear', 12, '»')}
    </div>
    <table role="grid" aria-labelledby="picker-month" @keydown=${(e: KeyboardEvent) => gridKey(e, active, on)}>
      <thead><tr role="row">${short.map((name, i) => html`<th role="columnheader" abbr=${long[i] ?? name}><span aria-hidden="true">${name}</span><span class="visually-hidden">${long[i]}</span></th>`)}</tr></thead>
      <tbody>${monthWeeks(active).map((week) => html`<tr role="row">${week.map(cell)}</tr>`)}</tbody>
    </table>
    <p class="help" id="picker-help">${i18n.t('calendarExtras', 'pickerHelp')}</p>
    <div class="picker-actions"><button type="button" class="secondary" @click=${on.close}>${i18n.t('calendarExtras', 'cancel')}</button></div>
  </dialog>`;
}
