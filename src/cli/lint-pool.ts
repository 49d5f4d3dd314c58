import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { lint, type LintReport } from '../findings/lint.js';
import type { LintJob } from './lint-worker.js';

/** LintPoolError is a job's failure, re-thrown in the main thread with its code. */
export class LintPoolError extends Error {
  constructor(
    message: string,
    readonly code: unknown,
  ) {
    super(message);
  }
}

const workerFile = new URL('./lint-worker.js', import.meta.url);

/** canUseWorkers: workers run the compiled dist/ code; from TypeScript sources (tests) jobs run inline. */
function canUseWorkers(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.js');
}

/**
 * runLintJobs lints each job, in worker threads when there are several (one per core, at most
 * `max`), reporting progress through `onProgress`. Reports come back in job order.
 */
export async function runLintJobs(jobs: Omit<LintJob, 'id'>[], onProgress?: (done: number, total: number, job: Omit<LintJob, 'id'>) => void, max = availableParallelism()): Promise<LintReport[]> {
  const results: LintReport[] = new Array(jobs.length);
  const size = Math.min(max, jobs.length);
  if (size <= 1 || !canUseWorkers()) {
    jobs.forEach((j, i) => {
      const r = lint(j.targets, j.options);
      if (j.label) for (const row of r.matrix) row.resource += ` [${j.label}]`;
      results[i] = r;
      onProgress?.(i + 1, jobs.length, j);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: size }, () => new Worker(workerFile));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const take = (): void => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              w.postMessage({ ...jobs[id], id });
            };
            w.on('message', (m: { id: number; report?: LintReport; error?: { message: string; code: unknown; stack?: string } }) => {
              if (m.error) {
                const e = m.error.code !== undefined ? new LintPoolError(m.error.message, m.error.code) : new Error(m.error.stack ?? m.error.message);
                return reject(e);
              }
              results[m.id] = m.report!;
              onProgress?.(++done, jobs.length, jobs[m.id]);
              take();
            });
            w.on('error', reject);
            take();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
