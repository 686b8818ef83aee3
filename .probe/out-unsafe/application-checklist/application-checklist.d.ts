import { type TemplateResult } from 'lit';
import { UshtElement } from '../shared/usht-element.js';
/** Where progress may be kept: ask the user first (default), the host's own policy covers it, or never. */
export declare const checklistStorageModes: readonly ['ask', 'local', 'none'];
export type ChecklistStorageMode = (typeof checklistStorageModes)[number];
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
export declare class UshtApplicationChecklist extends UshtElement {
    static styles: import("lit").CSSResult[];
    static sections: {
        common: {
            nb: {
                loading: string;
                loadFailed: string;
                retry: string;
                empty: string;
                sampleData: string;
                sampleDataNote: string;
                invalidRecords: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                sourceLabel: string;
                uncertain: string;
                unconfirmed: string;
                dataAttribution: string;
            };
            nn: {
                loading: string;
                loadFailed: string;
                retry: string;
                empty: string;
                sampleData: string;
                sampleDataNote: string;
                invalidRecords: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                sourceLabel: string;
                uncertain: string;
                unconfirmed: string;
                dataAttribution: string;
            };
            en: {
                loading: string;
                loadFailed: string;
                retry: string;
                empty: string;
                sampleData: string;
                sampleDataNote: string;
                invalidRecords: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                sourceLabel: string;
                uncertain: string;
                unconfirmed: string;
                dataAttribution: string;
            };
            se: Partial<{
                loading: string;
                loadFailed: string;
                retry: string;
                empty: string;
                sampleData: string;
                sampleDataNote: string;
                invalidRecords: {
                    one: (n: string) => string;
                    other: (n: string) => string;
                };
                sourceLabel: string;
                uncertain: string;
                unconfirmed: string;
                dataAttribution: string;
            }>;
        };
        applicationChecklist: {
            nb: {
                title: (year: string) => string;
                summary: (done: string, total: string) => string;
                'group-before-you-apply': string;
                'group-application': string;
                'group-after-decision': string;
                'task-altinn-role': string;
                'task-read-rules': string;
                'task-action-plan': (year: string) => string;
                'task-project-description': string;
                'task-budget': string;
                'task-unused-funds': string;
                'task-unused-funds-continue': string;
                'task-unused-funds-transfer': string;
                'task-earmarked-leve-hele-livet': string;
                'task-submit': string;
                'task-reporting': string;
                'status-not-started': string;
                'status-in-progress': string;
                'status-completed': string;
                'status-not-applicable': string;
                'status-cannot-start-yet': string;
                'status-problem': string;
                progressLegend: string;
                hasUnusedFunds: (year: string) => string;
                applyingAgain: (year: string) => string;
                yes: string;
                no: string;
                readSource: string;
                'field-newGrant': string;
                'field-unusedFunds': string;
                'field-ownFunding': string;
                'field-hostCoFunding': string;
                'field-earmarkedLeveHeleLivet': string;
                'field-caseNumber': string;
                amountHint: string;
                earmarkedHint: (max: string) => string;
                errorPrefix: string;
                'error-required': (field: string) => string;
                'error-not-a-number': (field: string) => string;
                'error-negative': (field: string) => string;
                'error-over-limit': (field: string, max: string) => string;
                'error-case-number-format': (field: string) => string;
                'error-too-long': (field: string) => string;
                totalWithUnused: string;
                total: string;
                totalPending: string;
                remember: string;
                rememberHint: string;
                storedNote: (year: string) => string;
                forget: string;
                forgotten: string;
                notStoredNote: string;
                otherTabLoaded: string;
                otherTabForgot: string;
                storageRecovered: string;
                storageReset: string;
                storageUnavailable: string;
                toolsHeading: string;
                export: string;
                import: string;
                print: string;
                importDone: string;
                importInvalid: string;
                importWrongYear: (fileYear: string) => string;
                importWrongCentre: string;
                unknownYear: (year: string, years: string) => string;
                noSchemes: string;
                loading: string;
                loadFailed: string;
            };
            nn: {
                title: (year: string) => string;
                summary: (done: string, total: string) => string;
                'group-before-you-apply': string;
                'group-application': string;
                'group-after-decision': string;
                'task-altinn-role': string;
                'task-read-rules': string;
                'task-action-plan': (year: string) => string;
                'task-project-description': string;
                'task-budget': string;
                'task-unused-funds': string;
                'task-unused-funds-continue': string;
                'task-unused-funds-transfer': string;
                'task-earmarked-leve-hele-livet': string;
                'task-submit': string;
                'task-reporting': string;
                'status-not-started': string;
                'status-in-progress': string;
                'status-completed': string;
                'status-not-applicable': string;
                'status-cannot-start-yet': string;
                'status-problem': string;
                progressLegend: string;
                hasUnusedFunds: (year: string) => string;
                applyingAgain: (year: string) => string;
                yes: string;
                no: string;
                readSource: string;
                'field-newGrant': string;
                'field-unusedFunds': string;
                'field-ownFunding': string;
                'field-hostCoFunding': string;
                'field-earmarkedLeveHeleLivet': string;
                'field-caseNumber': string;
                amountHint: string;
                earmarkedHint: (max: string) => string;
                errorPrefix: string;
                'error-required': (field: string) => string;
                'error-not-a-number': (field: string) => string;
                'error-negative': (field: string) => string;
                'error-over-limit': (field: string, max: string) => string;
                'error-case-number-format': (field: string) => string;
                'error-too-long': (field: string) => string;
                totalWithUnused: string;
                total: string;
                totalPending: string;
                remember: string;
                rememberHint: string;
                storedNote: (year: string) => string;
                forget: string;
                forgotten: string;
                notStoredNote: string;
                otherTabLoaded: string;
                otherTabForgot: string;
                storageRecovered: string;
                storageReset: string;
                storageUnavailable: string;
                toolsHeading: string;
                export: string;
                import: string;
                print: string;
                importDone: string;
                importInvalid: string;
                importWrongYear: (fileYear: string) => string;
                importWrongCentre: string;
                unknownYear: (year: string, years: string) => string;
                noSchemes: string;
                loading: string;
                loadFailed: string;
            };
            en: {
                title: (year: string) => string;
                summary: (done: string, total: string) => string;
                'group-before-you-apply': string;
                'group-application': string;
                'group-after-decision': string;
                'task-altinn-role': string;
                'task-read-rules': string;
                'task-action-plan': (year: string) => string;
                'task-project-description': string;
                'task-budget': string;
                'task-unused-funds': string;
                'task-unused-funds-continue': string;
                'task-unused-funds-transfer': string;
                'task-earmarked-leve-hele-livet': string;
                'task-submit': string;
                'task-reporting': string;
                'status-not-started': string;
                'status-in-progress': string;
                'status-completed': string;
                'status-not-applicable': string;
                'status-cannot-start-yet': string;
                'status-problem': string;
                progressLegend: string;
                hasUnusedFunds: (year: string) => string;
                applyingAgain: (year: string) => string;
                yes: string;
                no: string;
                readSource: string;
                'field-newGrant': string;
                'field-unusedFunds': string;
                'field-ownFunding': string;
                'field-hostCoFunding': string;
                'field-earmarkedLeveHeleLivet': string;
                'field-caseNumber': string;
                amountHint: string;
                earmarkedHint: (max: string) => string;
                errorPrefix: string;
                'error-required': (field: string) => string;
                'error-not-a-number': (field: string) => string;
                'error-negative': (field: string) => string;
                'error-over-limit': (field: string, max: string) => string;
                'error-case-number-format': (field: string) => string;
                'error-too-long': (field: string) => string;
                totalWithUnused: string;
                total: string;
                totalPending: string;
                remember: string;
                rememberHint: string;
                storedNote: (year: string) => string;
                forget: string;
                forgotten: string;
                notStoredNote: string;
                otherTabLoaded: string;
                otherTabForgot: string;
                storageRecovered: string;
                storageReset: string;
                storageUnavailable: string;
                toolsHeading: string;
                export: string;
                import: string;
                print: string;
                importDone: string;
                importInvalid: string;
                importWrongYear: (fileYear: string) => string;
                importWrongCentre: string;
                unknownYear: (year: string, years: string) => string;
                noSchemes: string;
                loading: string;
                loadFailed: string;
            };
            se: Partial<{
                title: (year: string) => string;
                summary: (done: string, total: string) => string;
                'group-before-you-apply': string;
                'group-application': string;
                'group-after-decision': string;
                'task-altinn-role': string;
                'task-read-rules': string;
                'task-action-plan': (year: string) => string;
                'task-project-description': string;
                'task-budget': string;
                'task-unused-funds': string;
                'task-unused-funds-continue': string;
                'task-unused-funds-transfer': string;
                'task-earmarked-leve-hele-livet': string;
                'task-submit': string;
                'task-reporting': string;
                'status-not-started': string;
                'status-in-progress': string;
                'status-completed': string;
                'status-not-applicable': string;
                'status-cannot-start-yet': string;
                'status-problem': string;
                progressLegend: string;
                hasUnusedFunds: (year: string) => string;
                applyingAgain: (year: string) => string;
                yes: string;
                no: string;
                readSource: string;
                'field-newGrant': string;
                'field-unusedFunds': string;
                'field-ownFunding': string;
                'field-hostCoFunding': string;
                'field-earmarkedLeveHeleLivet': string;
                'field-caseNumber': string;
                amountHint: string;
                earmarkedHint: (max: string) => string;
                errorPrefix: string;
                'error-required': (field: string) => string;
                'error-not-a-number': (field: string) => string;
                'error-negative': (field: string) => string;
                'error-over-limit': (field: string, max: string) => string;
                'error-case-number-format': (field: string) => string;
                'error-too-long': (field: string) => string;
                totalWithUnused: string;
                total: string;
                totalPending: string;
                remember: string;
                rememberHint: string;
                storedNote: (year: string) => string;
                forget: string;
                forgotten: string;
                notStoredNote: string;
                otherTabLoaded: string;
                otherTabForgot: string;
                storageRecovered: string;
                storageReset: string;
                storageUnavailable: string;
                toolsHeading: string;
                export: string;
                import: string;
                print: string;
                importDone: string;
                importInvalid: string;
                importWrongYear: (fileYear: string) => string;
                importWrongCentre: string;
                unknownYear: (year: string, years: string) => string;
                noSchemes: string;
                loading: string;
                loadFailed: string;
            }>;
        };
    };
    /** The scheme year (tilskuddsår); defaults to the latest year the data has a scheme for. */
    accessor year: number | undefined;
    /** The centre's id: progress is kept and exported per year and centre. */
    accessor centre: string | undefined;
    /** `ask` (default): store only after the user agrees; `local`: store (the host's privacy statement covers it); `none`: never store. */
    accessor storage: string | undefined;
    /**
     * Progress to start from (a `ChecklistState`, e.g. kept by the host on its own server), checked
     * with the SDK schema; a newer copy stored in the browser wins. Read the current progress with
     * `exportProgress()`. Setting it never fires an event.
     */
    accessor initialProgress: unknown;
    private accessor progress;
    private accessor consented;
    private accessor open;
    private accessor notice;
    private accessor importError;
    private readonly data;
    /** `storage` key in force and the mode it was read with. */
    private loadedFrom;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: Map<PropertyKey, unknown>): void;
    /** The progress as the JSON file "Last ned fremdriften" downloads (format `usht-application-checklist`, version 1). */
    exportProgress(): string | undefined;
    /**
     * Loads progress from a file's text. A file that fails the SDK's schema, or is for another year
     * or centre, is refused with a message and the current progress is kept.
     * @returns whether the progress was replaced.
     */
    importProgress(text: string): boolean;
    private get mode();
    private get centreId();
    private storageKey;
    private get storing();
    private readStored;
    private restore;
    private parse;
    private persist;
    /** Another tab wrote or removed our key: take newer progress, never older. */
    private readonly handleStorage;
    /**
     * Applies one user change. When storing, a newer copy another tab wrote (its storage event may
     * not have arrived yet) is taken first and the change applied on top, so neither tab's newer
     * work is overwritten.
     */
    private change;
    private overview;
    private toggle;
    private handleConsent;
    private handleForget;
    private forget;
    private download;
    private handleFile;
    render(): TemplateResult;
    private renderUnknownYear;
    private renderChecklist;
    private renderStorage;
    private taskName;
    private sourceTitles;
    /** A rule in the source's words (Norwegian, whatever the page's language), with its source. */
    private renderRule;
    private renderTask;
    private renderSourceLinks;
    private renderProgress;
    private renderQuestions;
    private errorText;
    private renderField;
    private renderTotal;
    private renderTools;
}
//# sourceMappingURL=application-checklist.d.ts.map