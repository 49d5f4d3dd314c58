import { parentPort } from 'node:worker_threads';
import { lint, type LintOptions } from '../findings/lint.js';

/** LintJob is one chart (or list of manifest targets) to lint in a worker thread. */
export interface LintJob {
  id: number;
  targets: string[];
  options: LintOptions;
  /** suffix appended to matrix row names (the values file of a values matrix). */
  label?: string;
}

parentPort?.on('message', (job: LintJob) => {
  try {
    const report = lint(job.targets, job.options);
    if (job.label) for (const row of report.matrix) row.resource += ` [${job.label}]`;
    parentPort!.postMessage({ id: job.id, report });
  } catch (e) {
    const err = e as Error & { code?: unknown };
    parentPort!.postMessage({ id: job.id, error: { message: err.message, code: err.code, stack: err.stack } });
  }
});
