import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {UshtClient} from '@usht/sdk';

export type LoadStatus = 'loading' | 'ready' | 'error';

interface Host extends ReactiveControllerHost {
  readonly dataClient: UshtClient;
  /** The element's strings in the locale in force, awaited with the data (usht-element.ts). */
  loadStrings(): Promise<unknown>;
}

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * Loads what an element shows, again whenever its client or inputs change, cancelling the
 * previous request (AbortController) and on disconnect. A failure becomes a state the element
 * renders with a retry, never an uncaught rejection.
 */
export class DataController<T> implements ReactiveController {
  status: LoadStatus = 'loading';
  value: T | undefined;
  error: unknown;

  private readonly host: Host;
  private readonly load: (client: UshtClient, signal: AbortSignal) => Promise<T>;
  private readonly inputs: () => readonly unknown[];
  private lastInputs: readonly unknown[] | undefined;
  private lastClient: UshtClient | undefined;
  private controller: AbortController | undefined;

  constructor(host: Host, load: (client: UshtClient, signal: AbortSignal) => Promise<T>, inputs: () => readonly unknown[] = () => []) {
    this.host = host;
    this.load = load;
    this.inputs = inputs;
    host.addController(this);
  }

  hostUpdate(): void {
    const client = this.host.dataClient;
    const inputs = this.inputs();
    const same = client === this.lastClient && this.lastInputs !== undefined &&
      inputs.length === this.lastInputs.length && inputs.every((v, i) => Object.is(v, this.lastInputs?.[i]));
    if (same) return;
    this.lastClient = client;
    this.lastInputs = inputs;
    void this.run();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    // Loading again on reconnect (a CMS moving the node) must not be skipped.
    this.lastInputs = undefined;
  }

  /** Load again (the "Try again" button). */
  retry(): void {
    void this.run();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    try {
      const [value] = await Promise.all([this.load(this.host.dataClient, controller.signal), this.host.loadStrings()]);
      if (controller.signal.aborted) return;
      this.value = value;
      this.status = 'ready';
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.error = error;
      this.status = 'error';
    }
    this.host.requestUpdate();
  }
}
