// Worker thread: reviews batches of replies sent by the pool (src/cli/report/pool.ts).
import { parentPort } from 'node:worker_threads';
import { reviewReply, type ReviewJob } from './review-reply';

parentPort?.on('message', (batch: { id: number; jobs: ReviewJob[] }) => {
  parentPort?.postMessage({ id: batch.id, results: batch.jobs.map(reviewReply) });
});
