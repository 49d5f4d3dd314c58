/**
 * A repeatable flag before the targets must not swallow them (yargs' arrays are greedy unless
 * told otherwise; helm's pflag is not): `k8slint lint -k 1.25 ./chart` reads like
 * `k8slint lint ./chart -k 1.25`. Each pair must print and exit the same.
 */
import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const pairs: [string, string[], string[]][] = [
  ['render', ['render', '--set', 'replicaCount=3', '-f', 'fixtures/charts/example/values.yaml', 'fixtures/charts/example'], ['render', 'fixtures/charts/example', '--set', 'replicaCount=3', '-f', 'fixtures/charts/example/values.yaml']],
  ['render (yargs path)', ['render', '--include-crds=true', '--set', 'replicaCount=3', 'fixtures/charts/example'], ['render', 'fixtures/charts/example', '--include-crds=true', '--set', 'replicaCount=3']],
  ['lint', ['lint', '-k', '1.25', '--set', 'replicaCount=3', 'fixtures/charts/example'], ['lint', 'fixtures/charts/example', '-k', '1.25', '--set', 'replicaCount=3']],
  ['validate', ['validate', '--crd', 'fixtures/lint/chart-crds/crds', 'fixtures/manifests/valid'], ['validate', 'fixtures/manifests/valid', '--crd', 'fixtures/lint/chart-crds/crds']],
  ['fix', ['fix', '-f', 'fixtures/charts/example/values.yaml', 'fixtures/fix/apis@1.22.yaml', '-k', '1.22'], ['fix', 'fixtures/fix/apis@1.22.yaml', '-k', '1.22', '-f', 'fixtures/charts/example/values.yaml']],
];

/** timeless drops the run time from lint's summary line. */
const timeless = (r: { code: number; out: string; err: string }) => ({ ...r, out: r.out.replace(/ \(\d+\.\d+s\)$/m, '') });

test.each(pairs)('%s: flags before the targets read like flags after them', async (_name, before, after) => {
  const a = await runCli(before);
  const b = await runCli(after);
  expect(a.err).not.toMatch(/requires at least|no input|invalid Kubernetes version/);
  expect(timeless(a)).toEqual(timeless(b));
});
