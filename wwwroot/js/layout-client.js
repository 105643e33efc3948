// The page's side of the layout worker (worker/layout-worker.js): starts a job, hands each round of positions to
// the caller, and cancels it. One job at a time: a new one cancels the one before.

const WORKER_URL = '/js/worker/layout-worker.js';

export class LayoutClient {
  constructor() {
    this.worker = new Worker(WORKER_URL);
    this.job = 0;
    this.active = null;
    this.worker.onmessage = event => this.receive(event.data);
    this.worker.onerror = event => {
      event.preventDefault();
      this.fail(new Error(`The layout worker failed: ${event.message || 'it could not start'}`));
    };
  }

  /**
   * Runs `request` ({ engine, ... }, see the worker) and calls `onRound(positions, { round, progress, done })` for
   * each round. Returns { job, done }: `done` resolves true when the layout finished, false when it was cancelled.
   */
  run(request, onRound, transfer = []) {
    this.cancel();
    const job = ++this.job;
    let settle;
    const done = new Promise((resolve, reject) => { settle = { resolve, reject }; });
    this.active = { job, onRound, settle };
    this.worker.postMessage({ ...request, type: 'run', job }, transfer);
    return { job, done };
  }

  /** Stops the running job, if any; its `done` resolves false. */
  cancel() {
    if (!this.active) return;
    const { job, settle } = this.active;
    this.active = null;
    this.worker.postMessage({ type: 'cancel', job });
    settle.resolve(false);
  }

  /** Keeps a node where the user dropped it for the rest of the running job. */
  pin(index, position) {
    if (this.active) this.worker.postMessage({ type: 'pin', job: this.active.job, index, x: position.x, y: position.y });
  }

  get running() {
    return this.active !== null;
  }

  receive(message) {
    const active = this.active;
    if (!active || message.job !== active.job) return; // a cancelled job's last words
    if (message.type === 'error') {
      this.fail(new Error(message.message));
      return;
    }
    if (message.done) this.active = null;
    try {
      active.onRound(message.positions, message);
    } finally {
      if (message.done) active.settle.resolve(true);
    }
  }

  fail(error) {
    const active = this.active;
    this.active = null;
    active?.settle.reject(error);
  }
}
