import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UshtClient } from '@usht/sdk';
export type LoadStatus = 'loading' | 'ready' | 'error';
interface Host extends ReactiveControllerHost {
    readonly dataClient: UshtClient;
}
/**
 * Loads what an element shows, again whenever its client or inputs change, cancelling the
 * previous request (AbortController) and on disconnect. A failure becomes a state the element
 * renders with a retry, never an uncaught rejection.
 */
export declare class DataController<T> implements ReactiveController {
    status: LoadStatus;
    value: T | undefined;
    error: unknown;
    private readonly host;
    private readonly load;
    private readonly inputs;
    private lastInputs;
    private lastClient;
    private controller;
    constructor(host: Host, load: (client: UshtClient, signal: AbortSignal) => Promise<T>, inputs?: () => readonly unknown[]);
    hostUpdate(): void;
    hostDisconnected(): void;
    /** Load again (the "Try again" button). */
    retry(): void;
    private run;
}
export {};
//# sourceMappingURL=data-controller.d.ts.map