import { warnOnce } from './dev-warnings.js';
/**
 * Registers a tag unless another copy (a second bundle, another version) already owns it. Two
 * widgets' script tags on one CMS page must never take the page down: warn once, never throw.
 */
export function defineOnce(tag, element) {
    const existing = customElements.get(tag);
    if (existing === undefined) {
        customElements.define(tag, element);
        return;
    }
    if (existing !== element) {
        warnOnce(`define:${tag}`, `<${tag}> is already defined by another copy of usht-kit on this page; keeping the first one.`);
    }
}
//# sourceMappingURL=define-once.js.map