// helm-oracle.mjs renders template cases with the real helm binaries (the differential-test
// oracle). Used by scripts/golden.mjs (golden generation) and the random differential test.
//
// How exact bytes are obtained: helm only prints valid-YAML manifests, so every case template
// goes into `templates/_caseN.tpl` and one manifest `templates/case.yaml` holds
// `outN: {{ include "c/templates/_caseN.tpl" . | toJson }}` per line. The JSON string after
// `outN: ` is the exact output; `<no value>` is then removed the way Helm removes it from a
// top-level file. A case whose include-mode render fails is rendered again directly as
// `templates/case.yaml`; its golden is then helm's error text (stderr from `Error: `) and exit code.
// Cases that share values/--set flags are batched into one chart; a failing batch is narrowed
// down by the case named in the error (or by bisection).
import { execFile } from 'node:child_process';
import process from 'node:process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmPath } from '../../scripts/oracle.mjs';

export const CHART_YAML = 'apiVersion: v2\nname: c\nversion: 0.1.0\n';
export const CASE_FILE = 'c/templates/case.yaml';
const DEBUG_NOTE = '\n\nUse --debug flag to render out invalid YAML';

/** oraclePath returns the helm binary for a major version (3 or 4). */
export function oraclePath(major) {
  return helmPath(major);
}

/** oracleAvailable tells whether the helm binary for `major` is installed. */
export function oracleAvailable(major) {
  return existsSync(helmPath(major));
}

/** stripDebugNote removes the CLI's "Use --debug" note from an error text. */
export function stripDebugNote(text) {
  return text.endsWith(DEBUG_NOTE) ? text.slice(0, -DEBUG_NOTE.length) : text;
}

/** extractError keeps the `Error: ...` part of helm's stderr (log/warning lines before it are noise). */
export function extractError(stderr) {
  const i = stderr.search(/^Error: /m);
  const text = i < 0 ? stderr : stderr.slice(i);
  return text.replace(/\n+$/, '');
}

/** needsSolo tells whether a case cannot share a chart with others (defines collide, values mutate). */
export function needsSolo(template) {
  return /\b(define|block|set|unset|merge|mergeOverwrite|mustMerge|mustMergeOverwrite)\b/.test(template);
}

/** groupKey groups cases that can be rendered in one chart. */
function groupKey(c) {
  return JSON.stringify([c.values ?? '', c.set ?? []]);
}

function setArgs(set) {
  const args = [];
  for (const s of set ?? []) args.push('--set', s);
  return args;
}

function runHelm(major, chartDir, extra, timeoutMs) {
  return new Promise((resolve) => {
    execFile(
      helmPath(major),
      ['template', chartDir, ...extra],
      { maxBuffer: 256 * 1024 * 1024, timeout: timeoutMs, env: { ...process.env, HELM_DEBUG: 'false', NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : err.killed ? 'timeout' : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function writeChart(dir, values, files) {
  await mkdir(join(dir, 'templates'), { recursive: true });
  await writeFile(join(dir, 'Chart.yaml'), CHART_YAML);
  await writeFile(join(dir, 'values.yaml'), values ?? '');
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, 'templates', name), text);
}

/** Limiter runs at most `n` async jobs at once (share one between oracles to bound helm processes). */
export class Limiter {
  constructor(n) {
    this.n = n;
    this.active = 0;
    this.queue = [];
  }
  run(job) {
    return new Promise((resolve, reject) => {
      const start = () => {
        this.active++;
        job()
          .then(resolve, reject)
          .finally(() => {
            this.active--;
            const next = this.queue.shift();
            if (next) next();
          });
      };
      if (this.active < this.n) start();
      else this.queue.push(start);
    });
  }
}

/**
 * HelmOracle renders cases with one helm major version.
 * Options: `concurrency` (default: available cores) or a shared `limiter`, `batchSize` (default 80), `timeoutMs`.
 */
export class HelmOracle {
  constructor(major, opts = {}) {
    this.major = major;
    this.limiter = opts.limiter ?? new Limiter(opts.concurrency ?? Math.max(1, availableParallelism()));
    this.batchSize = opts.batchSize ?? 80;
    this.timeoutMs = opts.timeoutMs ?? 120_000;
    this.runs = 0;
  }

  async helm(values, set, files, extraArgs = []) {
    return this.limiter.run(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'k8slint-oracle-'));
      try {
        const chart = join(dir, 'c');
        await writeChart(chart, values, files);
        // A run that fails without any message (spawn failure, kill under heavy load) is retried.
        let r;
        for (let attempt = 0; attempt < 3; attempt++) {
          this.runs++;
          r = await runHelm(this.major, chart, [...setArgs(set), ...extraArgs], this.timeoutMs);
          if (r.code === 0 || /^Error: /m.test(r.stderr)) return r;
        }
        return r;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  /** direct renders one case as `templates/case.yaml`; used when the include-mode render failed. */
  async direct(c, includeError) {
    const r = await this.helm(c.values, c.set, { 'case.yaml': c.template });
    if (r.code === 0) {
      return { anomaly: 'include-mode render failed but direct render succeeded', includeError, directStdout: r.stdout };
    }
    const error = extractError(r.stderr);
    if (!/^Error: /.test(error)) return { anomaly: `helm exited with ${r.code} without an error message`, includeError, directStdout: r.stderr };
    const res = { error, exitCode: r.code };
    if (/YAML parse error/.test(error)) {
      res.anomaly = 'direct render gave a YAML parse error: include-mode failed for another reason';
      res.includeError = includeError;
    }
    return res;
  }

  /**
   * blamed renders a case the failed batch error points at: directly first (one run); if that
   * succeeds or fails only on YAML (the blame was wrong), alone in include mode.
   */
  async blamed(c, batchError) {
    const d = await this.direct(c, batchError);
    if (d.anomaly) return (await this.batch([c]))[0];
    return d;
  }

  /**
   * verifyDirect cross-checks the include-mode mechanics for one successful case: rendered
   * directly as `templates/case.yaml` with `--debug` (which prints the raw manifest even when it
   * is not valid YAML), helm's document must equal the include-mode output minus trailing
   * whitespace. Returns undefined when they agree or the direct render prints nothing comparable,
   * else a description of the difference.
   */
  async verifyDirect(c, output) {
    const r = await this.helm(c.values, c.set, { 'case.yaml': c.template }, ['--debug']);
    const head = `---\n# Source: ${CASE_FILE}\n`;
    if (!r.stdout.startsWith(head)) return undefined;
    const doc = r.stdout.slice(head.length).replace(/\n$/, '');
    const want = output.replace(/\s+$/, '');
    return doc === want ? undefined : `direct --debug render ${JSON.stringify(doc)} differs from include-mode ${JSON.stringify(want)}`;
  }

  /** batch renders cases (same values/set) in include mode; returns results in order. */
  async batch(cases) {
    const files = {};
    const lines = [];
    cases.forEach((c, i) => {
      files[`_case${i}.tpl`] = c.template;
      lines.push(`out${i}: {{ include "c/templates/_case${i}.tpl" . | toJson }}`);
    });
    files['case.yaml'] = lines.join('\n') + '\n';
    const r = await this.helm(cases[0].values, cases[0].set, files);
    if (r.code === 0) return this.parseBatch(cases, r.stdout);
    const error = extractError(r.stderr);
    if (cases.length === 1) return [await this.direct(cases[0], error)];
    const blamed = blame(error, cases.length);
    if (blamed !== undefined) {
      const rest = cases.filter((_, i) => i !== blamed);
      const [one, others] = await Promise.all([this.blamed(cases[blamed], error), this.batch(rest)]);
      const out = [...others];
      out.splice(blamed, 0, one);
      return out;
    }
    const mid = cases.length >> 1;
    const [a, b] = await Promise.all([this.batch(cases.slice(0, mid)), this.batch(cases.slice(mid))]);
    return [...a, ...b];
  }

  parseBatch(cases, stdout) {
    const outs = new Map();
    for (const line of stdout.split('\n')) {
      const m = /^out(\d+): (.*)$/.exec(line);
      if (m) outs.set(Number(m[1]), JSON.parse(m[2]));
    }
    return cases.map((c, i) => {
      if (!outs.has(i)) return { anomaly: `no out${i} line in helm output`, directStdout: stdout };
      return { output: outs.get(i).replaceAll('<no value>', '') };
    });
  }

  /**
   * render renders many cases `{ template, values?, set?, batchable? }` (`batchable`: the case may
   * share a chart even though it defines templates, because its define names are unique);
   * returns results in the same order:
   * `{ output }`, `{ error, exitCode }`, or an object with `anomaly` (mechanics broke; investigate).
   */
  async render(cases) {
    const results = new Array(cases.length);
    const groups = new Map();
    const jobs = [];
    cases.forEach((c, i) => {
      if (!c.batchable && needsSolo(c.template)) {
        jobs.push(this.batch([c]).then((r) => (results[i] = r[0])));
        return;
      }
      const k = groupKey(c);
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(i);
    });
    for (const idxs of groups.values()) {
      for (let s = 0; s < idxs.length; s += this.batchSize) {
        const part = idxs.slice(s, s + this.batchSize);
        jobs.push(
          this.batch(part.map((i) => cases[i])).then((rs) => {
            rs.forEach((r, j) => (results[part[j]] = r));
          }),
        );
      }
    }
    await Promise.all(jobs);
    return results;
  }
}

/** blame finds the batch case an error belongs to: the `_caseN.tpl` it names, or its `case.yaml` line. */
export function blame(error, n) {
  const m = /_case(\d+)\.tpl/.exec(error);
  if (m && Number(m[1]) < n) return Number(m[1]);
  const l = /templates\/case\.yaml:(\d+)/.exec(error);
  if (l && Number(l[1]) >= 1 && Number(l[1]) <= n) return Number(l[1]) - 1;
  return undefined;
}
