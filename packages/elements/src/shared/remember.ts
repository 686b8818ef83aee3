import {html, nothing, type TemplateResult} from 'lit';
import type {StorageMode} from './local-store.js';

type Text = string | TemplateResult;

/**
 * The consent to storage every element that remembers something shows (ekomloven 2025 § 3-15,
 * shared/local-store.ts): with `ask`, a box to tick and what ticking means; once storing, a note
 * and a button that forgets; with `none`, a note that nothing is kept. The box stays where it is
 * once ticked, so focus is not lost and unticking is the way back.
 *
 * Arguments by position (the elements are held to size budgets): `texts` are the box's label, its
 * hint, the note while storing, the forget button and the note for `none`. `onChange` and
 * `onForget` may be the element's methods: Lit calls them with the element as `this`.
 */
export function renderRemember(
  mode: StorageMode,
  consented: boolean,
  storing: boolean,
  texts: readonly [remember: Text, hint: Text, stored: Text, forget: Text, notStored: Text],
  onChange: (event: Event) => void,
  onForget: () => void,
  extra: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  if (mode === 'none') return html`<p class="storage">${texts[4]}</p>`;
  return html`<div class="storage">
    ${mode === 'ask' || !consented
      ? html`<div class="checkbox">
          <input id="remember" type="checkbox" .checked=${consented} aria-describedby="remember-hint" @change=${onChange} />
          <label for="remember">${texts[0]}</label>
        </div>
        <p id="remember-hint" class="hint">${texts[1]}</p>`
      : nothing}
    ${storing
      ? html`<div class="stored">
          <p>${texts[2]}</p>
          <button type="button" class="button secondary" @click=${onForget}>${texts[3]}</button>
        </div>`
      : nothing}
    ${extra}
  </div>`;
}

/** The strings of a kept record, under the same keys in every section that keeps one. */
export type KeptRecordText = 'storedNewer' | 'storedUnreadable' | 'storedKept' | 'downloadStored' | 'replaceStored';

/**
 * A stored record this version cannot read (saved by a newer version of the kit, or damaged), kept
 * as it is (shared/local-store.ts): what happened, a download of it, and the explicit choice that
 * replaces it. `t` gives the element's string for each key.
 */
export function renderKeptRecord(status: 'newer' | 'unreadable', t: (key: KeptRecordText) => Text, onDownload: () => void, onReplace: () => void): TemplateResult {
  return html`<div class="storage" data-kind="warning">
    <p>${t(status === 'newer' ? 'storedNewer' : 'storedUnreadable')} ${t('storedKept')}</p>
    <div class="buttons">
      <button type="button" class="button secondary" @click=${onDownload}>${t('downloadStored')}</button>
      <button type="button" class="button secondary" @click=${onReplace}>${t('replaceStored')}</button>
    </div>
  </div>`;
}
