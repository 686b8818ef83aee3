const isAbort = (error) => error instanceof DOMException && error.name === 'AbortError';
/**
 * Loads what an element shows, again whenever its client or inputs change, cancelling the
 * previous request (AbortController) and on disconnect. A failure becomes a state the element
 * renders with a retry, never an uncaught rejection.
 */
export class DataController {
    status = 'loading';
    value;
    error;
    host;
    load;
    inputs;
    lastInputs;
    lastClient;
    controller;
    constructor(host, load, inputs = () => []) {
        this.host = host;
        this.load = load;
        this.inputs = inputs;
        host.addController(this);
    }
    hostUpdate() {
        const client = this.host.dataClient;
        const inputs = this.inputs();
        const same = client === this.lastClient && this.lastInputs !== undefined &&
            inputs.length === this.lastInputs.length && inputs.every((v, i) => Object.is(v, this.lastInputs?.[i]));
        if (same)
            return;
        this.lastClient = client;
        this.lastInputs = inputs;
        void this.run();
    }
    hostDisconnected() {
        this.controller?.abort();
        // Loading again on reconnect (a CMS moving the node) must not be skipped.
        this.lastInputs = undefined;
    }
    /** Load again (the "Try again" button). */
    retry() {
        void this.run();
    }
    async run() {
        this.controller?.abort();
        const controller = new AbortController();
        this.controller = controller;
        this.status = 'loading';
        this.error = undefined;
        this.host.requestUpdate();
        try {
            const value = await this.load(this.host.dataClient, controller.signal);
            if (controller.signal.aborted)
                return;
            this.value = value;
            this.status = 'ready';
        }
        catch (error) {
            if (controller.signal.aborted || isAbort(error))
                return;
            this.error = error;
            this.status = 'error';
        }
        this.host.requestUpdate();
    }
}
//# sourceMappingURL=data-controller.js.map