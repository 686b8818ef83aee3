import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {PriorityArea, ResultSet} from '@usht/sdk';
import {UshtElement} from '../shared/usht-element.js';
import {DataController} from '../shared/data-controller.js';
import {stateStyles, tokens} from '../shared/tokens.styles.js';
import {renderError, renderLoading} from '../shared/states.js';
import {warnOnce} from '../shared/dev-warnings.js';
import type {Localizer} from '../shared/localizer.js';
import {common} from '../locales/common.js';
import {priorityBadge} from '../locales/priority-badge.js';
import {priorityBadgeStyles} from './priority-badge.styles.js';

// Priority-area names and summaries are Bokmål in every source we read (the schema has no
// language field), so they keep lang="nb" whatever the interface language is (WCAG 3.1.2).
const DATA_LANG = 'nb';

// One shape per category, so the category never depends on colour alone (WCAG 1.4.1):
// square = standing, circle = national, heart = Leve hele livet, dashed triangle = unknown.
const icons = {
  standing: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><rect x="2" y="2" width="12" height="12" rx="1.5"></rect></svg>`,
  national: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.5"></circle></svg>`,
  'leve-hele-livet': html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 14.6S1.2 10.4 1.2 5.8A3.5 3.5 0 0 1 8 4.3a3.5 3.5 0 0 1 6.8 1.5c0 4.6-6.8 8.8-6.8 8.8z"></path></svg>`,
  unknown: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M8 1.2 15.2 14.6H.8zM7.2 6v4.4h1.6V6zm0 5.6v1.6h1.6v-1.6z" fill-rule="evenodd"></path></svg>`,
  info: html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.8 2.6h2.4V5H6.8zm0 3.6h2.4v7.2H6.8z"></path></svg>`,
} as const;

/** What a list of ids resolves to in the loaded data: an area, an unknown id or an invalid record. */
type Resolved = {kind: 'area'; area: PriorityArea} | {kind: 'unknown'; id: string} | {kind: 'invalid'; id: string};

/** Splits an `areas` attribute ("a b", "a,b") into ids. */
export function parseAreaIds(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter((id) => id !== '');
}

/**
 * What the single badge and the group share: the data (every priority area, loaded once per client
 * and cached by the SDK), the tag markup and the disclosure.
 *
 * Why a disclosure button beside the tag and not a tooltip or a clickable tag: a tag must stay a
 * non-interactive label (GOV.UK tag; dark clickable tags were mistaken for buttons), a tooltip on
 * hover leaves out keyboard and touch users and hides text from screen readers until hovered, and a
 * `<details>` would turn the tag itself into its `<summary>` button. A separate small button with
 * `aria-expanded` and `aria-controls` (APG disclosure pattern) works the same for mouse, touch,
 * keyboard (Tab, then Enter or Space) and screen readers, and the description it opens is ordinary
 * text in the page flow, so it reflows at 320 px and 400 % zoom (WCAG 1.4.10).
 */
export class PriorityAreaElement extends UshtElement {
  static override styles = [tokens, stateStyles, priorityBadgeStyles];
  static override sections = {common, priorityBadge};

  protected readonly areas = new DataController<ResultSet<PriorityArea>>(this, (client, signal) => client.priorityAreas({signal}));

  /** Ids whose description is open. */
  @state()
  protected openIds: ReadonlySet<string> = new Set();

  protected toggle(id: string): void {
    const next = new Set(this.openIds);
    if (!next.delete(id)) next.add(id);
    this.openIds = next;
  }

  /** Looks the ids up and warns once per unknown id, naming the ids the data does have. */
  protected resolve(ids: readonly string[], tag: string, attribute: string): Resolved[] {
    const set = this.areas.value;
    if (!set) return [];
    return [...new Set(ids)].map((id): Resolved => {
      const area = set.items.find((a) => a.id === id);
      if (area) return {kind: 'area', area};
      const rejected = set.rejected.find((r) => r.id === id);
      if (rejected) {
        warnOnce(`${tag}:invalid:${id}`, `<${tag}>: the priority area "${id}" failed validation in the data source (${rejected.issues.map((i) => i.path || '(record)').join(', ')}); it is not shown.`);
        return {kind: 'invalid', id};
      }
      warnOnce(`${tag}:${attribute}:${id}`, `<${tag}>: unknown ${attribute} "${id}"; allowed: ${set.items.map((a) => a.id).join(', ')}.`);
      return {kind: 'unknown', id};
    });
  }

  /** The state while loading or after a failure; undefined when the data is there. */
  protected renderStatus(): TemplateResult | undefined {
    const i18n = this.i18n;
    if (this.areas.status === 'loading') return renderLoading(i18n, i18n.t('priorityBadge', 'loading'));
    if (this.areas.status === 'error') return renderError(i18n, () => this.areas.retry(), i18n.t('priorityBadge', 'loadFailed'));
    return undefined;
  }

  protected renderResolved(resolved: Resolved): TemplateResult {
    if (resolved.kind === 'area') return this.renderArea(resolved.area);
    const i18n = this.i18n;
    const text = resolved.kind === 'unknown' ? i18n.t('priorityBadge', 'unknownArea', resolved.id) : i18n.t('priorityBadge', 'invalidArea', resolved.id);
    return html`<div class="item" data-category="unknown">
      <span class="badge" part="badge">
        <span class="category" part="category">${icons.unknown}</span>
        <span class="name" part="name">${text}</span>
      </span>
    </div>`;
  }

  protected renderArea(area: PriorityArea): TemplateResult {
    const i18n = this.i18n;
    const open = this.openIds.has(area.id);
    const panelId = `about-${area.id}`;
    const category = categoryText(i18n, area);
    return html`<div class="item" data-category=${area.category}>
      <span class="line">
        <span class="badge" part="badge">
          <span class="category" part="category">${icons[area.category]}<span class="visually-hidden">${category}: </span></span>
          <span class="name" part="name" lang=${DATA_LANG}>${area.name}</span>
        </span>
        <button class="about" part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panelId} @click=${() => this.toggle(area.id)}>
          ${icons.info}<span class="visually-hidden">${i18n.t('priorityBadge', 'about', area.name)}</span>
        </button>
      </span>
      <div class="panel" part="description" id=${panelId} ?hidden=${!open}>
        <p class="kind">${category}</p>
        ${area.officialName && area.officialName !== area.name
          ? html`<p>${i18n.t('priorityBadge', 'officialName')}: <span lang=${DATA_LANG}>${area.officialName}</span></p>`
          : nothing}
        ${area.summary ? html`<p lang=${DATA_LANG}>${area.summary}</p>` : html`<p>${i18n.t('priorityBadge', 'noSummary')}</p>`}
      </div>
    </div>`;
  }
}

function categoryText(i18n: Localizer, area: PriorityArea): string | TemplateResult {
  switch (area.category) {
    case 'standing':
      return i18n.t('priorityBadge', 'categoryStanding');
    case 'national':
      return i18n.t('priorityBadge', 'categoryNational', (area.years ?? []).join(', '));
    default:
      return i18n.t('priorityBadge', 'categoryLeveHeleLivet');
  }
}

/**
 * One priority area (satsingsområde) as a tag: its name, its category as a shape and as text for
 * screen readers, and a small "About" button that opens the area's description. An unknown id shows
 * "Ukjent satsingsområde: <id>" and logs one warning listing the ids the data has.
 *
 * Fallback content: put the area's name inside the tag
 * (`<usht-priority-badge area="demensplan-2025">Demensplan 2025</usht-priority-badge>`); it shows
 * when the script does not load and is replaced once the element renders.
 *
 * @summary A priority area as a non-interactive tag with an accessible description.
 * @tagname usht-priority-badge
 * @csspart badge - The tag.
 * @csspart category - The category shape (and its screen-reader text).
 * @csspart name - The area's name.
 * @csspart toggle - The button that opens the description.
 * @csspart description - The description the button opens.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 * @cssprop [--usht-priority-badge-standing-surface=--usht-color-surface-tinted] - Background of standing areas.
 * @cssprop [--usht-priority-badge-standing-text=--usht-color-text] - Text of standing areas.
 * @cssprop [--usht-priority-badge-standing-border=--usht-color-border] - Border of standing areas.
 * @cssprop [--usht-priority-badge-national-surface=--usht-color-accent-surface] - Background of national areas.
 * @cssprop [--usht-priority-badge-national-text=--usht-color-accent-text] - Text of national areas.
 * @cssprop [--usht-priority-badge-national-border=--usht-color-accent] - Border of national areas.
 * @cssprop [--usht-priority-badge-lhl-surface=#e7f4ec] - Background of Leve hele livet focus areas (else --ds-color-success-surface-tinted).
 * @cssprop [--usht-priority-badge-lhl-text=--usht-color-success-text] - Text of Leve hele livet focus areas.
 * @cssprop [--usht-priority-badge-lhl-border=#1a7f3c] - Border of Leve hele livet focus areas (else --ds-color-success-border-default).
 */
export class UshtPriorityBadge extends PriorityAreaElement {
  /** Id of the priority area, e.g. `demensplan-2025`. */
  @property({attribute: 'area'})
  areaId = '';

  protected override render() {
    const id = this.areaId.trim();
    if (id === '') {
      warnOnce('usht-priority-badge:area:missing', '<usht-priority-badge>: the area attribute is missing, so nothing is shown.');
      return nothing;
    }
    const status = this.renderStatus();
    const [resolved] = status ? [] : this.resolve([id], 'usht-priority-badge', 'area');
    return html`<div class="root" lang=${this.locale}>${status ?? (resolved ? this.renderResolved(resolved) : nothing)}</div>`;
  }
}

/**
 * The priority areas of one activity, as a list of tags (see `<usht-priority-badge>`). Set the ids
 * in the `areas` attribute, separated by spaces, or as an array in the `areaIds` property. An empty
 * list renders nothing.
 *
 * @summary A list of priority-area tags, e.g. for one activity.
 * @tagname usht-priority-badges
 * @csspart list - The list.
 * @csspart item - One list item.
 * @csspart badge - A tag.
 * @csspart category - A tag's category shape.
 * @csspart name - An area's name.
 * @csspart toggle - A button that opens a description.
 * @csspart description - A description.
 * @csspart state - The loading and failure states.
 * @csspart retry - The "Try again" button of the failure state.
 */
export class UshtPriorityBadges extends PriorityAreaElement {
  /** Ids of the priority areas; the `areas` attribute takes them separated by spaces or commas. */
  @property({attribute: 'areas', converter: {fromAttribute: parseAreaIds}})
  areaIds: readonly string[] = [];

  protected override render() {
    if (this.areaIds.length === 0) return nothing;
    const status = this.renderStatus();
    const resolved = status ? [] : this.resolve(this.areaIds, 'usht-priority-badges', 'areas');
    return html`<div class="root" lang=${this.locale}>
      ${status ??
      html`<ul class="list" part="list" role="list" aria-label=${this.i18n.text('priorityBadge', 'listLabel')}>
        ${resolved.map(
          (r) => html`<li part="item" class=${r.kind === 'area' && this.openIds.has(r.area.id) ? 'open' : ''}>${this.renderResolved(r)}</li>`,
        )}
      </ul>`}
    </div>`;
  }
}
