import { html, nothing } from 'lit';
/**
 * The loading state: text in a polite status region, so a screen reader hears it without focus
 * moving (WCAG 4.1.3).
 */
export function renderLoading(i18n, text) {
    return html `<div class="state" data-kind="loading" part="state" role="status">${text ?? i18n.t('common', 'loading')}</div>`;
}
/** The failure state: what failed, in the reader's language, and a retry that works. */
export function renderError(i18n, onRetry, text) {
    return html `<div class="state" data-kind="error" part="state" role="alert">
    <p>${text ?? i18n.t('common', 'loadFailed')}</p>
    <button class="retry" type="button" part="retry" @click=${onRetry}>${i18n.t('common', 'retry')}</button>
  </div>`;
}
/** A note that some records of the source were invalid and are left out (they are never shown raw). */
export function renderRejectedNote(i18n, count) {
    if (count <= 0)
        return nothing;
    return html `<p class="state" data-kind="warning" part="note">${i18n.countT('common', 'invalidRecords', count)}</p>`;
}
//# sourceMappingURL=states.js.map