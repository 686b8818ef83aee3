/** The locales we ship. `nb` is the default; `se` (Northern Sami) is partial and falls back to `nb`. */
export const locales = ['nb', 'nn', 'en', 'se'];
export const defaultLocale = 'nb';
/**
 * Maps any BCP 47 tag a page may carry to one of ours: `no`, `nb-NO` → nb; `nn-NO` → nn;
 * `se-NO`, `sme` → se; `en-*` → en; anything else → nb (style.md §7). Returns undefined for an
 * empty value so the caller can go on to the next place to look.
 */
export function normalizeLocale(tag) {
    if (!tag)
        return undefined;
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    switch (primary) {
        case '':
            return undefined;
        case 'nn':
            return 'nn';
        case 'en':
            return 'en';
        case 'se':
        case 'sme':
            return 'se';
        default:
            return 'nb';
    }
}
/** Nearest `[lang]` above `node`, crossing shadow roots (an element inside another's shadow DOM). */
export function ancestorLang(node) {
    let current = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    while (current) {
        if (current instanceof Element) {
            const lang = current.getAttribute('lang');
            if (lang)
                return lang;
        }
        current = current instanceof ShadowRoot ? current.host : current.parentNode;
    }
    return undefined;
}
/**
 * Locale order (style.md §7): the element's own `lang` → the provider's → the nearest ancestor
 * `[lang]` → `<html lang>` (the walk reaches it) → nb.
 */
export function resolveLocale(element, providerLocale) {
    return (normalizeLocale(element.getAttribute('lang')) ??
        providerLocale ??
        normalizeLocale(ancestorLang(element)) ??
        defaultLocale);
}
//# sourceMappingURL=resolve.js.map