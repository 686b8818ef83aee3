import { nothing, type TemplateResult } from 'lit';
import type { Localizer } from './localizer.js';
/**
 * The loading state: text in a polite status region, so a screen reader hears it without focus
 * moving (WCAG 4.1.3).
 */
export declare function renderLoading(i18n: Localizer, text?: string | TemplateResult): TemplateResult;
/** The failure state: what failed, in the reader's language, and a retry that works. */
export declare function renderError(i18n: Localizer, onRetry: () => void, text?: string | TemplateResult): TemplateResult;
/** A note that some records of the source were invalid and are left out (they are never shown raw). */
export declare function renderRejectedNote(i18n: Localizer, count: number): TemplateResult | typeof nothing;
//# sourceMappingURL=states.d.ts.map