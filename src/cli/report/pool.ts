// Reviews replies on worker threads (one per core by default), in batches, with a bounded number in
// flight so that reading never runs ahead of reviewing. With no workers it reviews on this thread.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReplyResult, ReplyTask } from './model';
import { reviewReply, type ReviewJob } from './review-reply';

export type OnReviewed = (task: ReplyTask, result: ReplyResult) => void;

/**
 * A worker: lib/report-worker.js beside the built CLI; from the source tree (run through tsx, as the
 * tests and the bench do) worker.ts, loaded through tsx's loader, which workers do not inherit.
 */
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) {
    const file = join(dirname(here), 'report-worker.js');
    if (!existsSync(file)) throw new Error(`the report worker is missing (${file}); run npm run build:lib`);
    return new Worker(file);
  }
  const source = pathToFileURL(join(dirname(here), 'worker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true });
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export class ReviewPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, ReplyTask[]>();
  private nextId = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | null = null;
  private readonly maxInFlight: number;
  private closing = false;

  constructor(
    workers: number,
    private readonly onReviewed: OnReviewed,
  ) {
    this.maxInFlight = Math.max(1, workers) * 3;
    if (workers <= 0) return;
    for (let i = 0; i < workers; i++) {
      const slot: Slot = { worker: startWorker(), inFlight: 0 };
      slot.worker.on('message', (message: { id: number; results: ReplyResult[] }) => this.received(slot, message));
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (code !== 0 && !this.closing) this.fail(new Error(`a report worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** Queues a batch; resolves once there is room for another. */
  async submit(tasks: ReplyTask[]): Promise<void> {
    if (this.failure) throw this.failure;
    if (!tasks.length) return;
    if (!this.slots.length) {
      for (const task of tasks) this.onReviewed(task, reviewReply(task));
      return;
    }
    const id = this.nextId++;
    this.pending.set(id, tasks);
    const slot = this.slots.reduce((best, candidate) => (candidate.inFlight < best.inFlight ? candidate : best));
    slot.inFlight++;
    const jobs: ReviewJob[] = tasks.map(({ seq, draft, customerText, customerName }) => ({ seq, draft, customerText, customerName }));
    slot.worker.postMessage({ id, jobs });
    while (this.pending.size >= this.maxInFlight && !this.failure) await new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.failure) throw this.failure;
  }

  /** Waits for every batch, then stops the workers. */
  async close(): Promise<void> {
    while (this.pending.size && !this.failure) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    if (this.failure) throw this.failure;
  }

  private received(slot: Slot, message: { id: number; results: ReplyResult[] }): void {
    slot.inFlight--;
    const tasks = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (tasks) message.results.forEach((result, index) => this.onReviewed(tasks[index]!, result));
    this.wake();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
