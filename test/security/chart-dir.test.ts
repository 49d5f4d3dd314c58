/**
 * Adversarial chart directories, values and flags, built in a temp dir at test time: symlinks
 * out of the chart, `.Files` escapes, `--output-dir` escapes, malformed values and flags.
 * Messages marked "helm" were taken from helm 4.1.4 on the same input.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { captureCli as runCli } from '../helpers/run-cli.js';
import { oracleAvailable, oraclePath } from '../helpers/helm-oracle.mjs';

const root = mkdtempSync(join(tmpdir(), 'k8slint-sec-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const secret = join(root, 'secret.txt');
writeFileSync(secret, 'TOP SECRET\n');

let n = 0;
function chart(files: Record<string, string>): string {
  const dir = join(root, `c${n++}`);
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: c\nversion: 0.1.0\n');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const render = (args: string[]) => runCli(['render', ...args, '--no-lint']);

describe('chart directories never read outside the chart', () => {
  test('a template symlinked outside the chart is refused', async () => {
    const dir = chart({});
    symlinkSync(secret, join(dir, 'templates', 'x.yaml'));
    const r = await render([dir]);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Error: chart file "templates/x.yaml" is a symbolic link to ${secret}, outside the chart directory; k8slint does not follow it\n`);
  });

  test('a plain file symlinked outside (read by .Files.Get) is refused', async () => {
    const dir = chart({ 'templates/cm.yaml': 'data: {{ .Files.Get "leak.txt" | quote }}\n' });
    symlinkSync(secret, join(dir, 'leak.txt'));
    const r = await render([dir]);
    expect(r.stderr).toContain('Error: chart file "leak.txt" is a symbolic link to');
    expect(r.stdout).not.toContain('TOP SECRET');
  });

  test('a directory symlinked outside is refused', async () => {
    const dir = chart({});
    symlinkSync(root, join(dir, 'outside'));
    const r = await render([dir]);
    expect(r.stderr).toBe(`Error: chart file "outside" is a symbolic link to ${root}, outside the chart directory; k8slint does not follow it\n`);
  });

  test('a symlinked .helmignore outside the chart is refused', async () => {
    const dir = chart({});
    symlinkSync(secret, join(dir, '.helmignore'));
    const r = await render([dir]);
    expect(r.stderr).toContain('Error: chart file ".helmignore" is a symbolic link to');
  });

  test('a directory symlink cycle ends with a clear error', async () => {
    const dir = chart({ 'files/a.txt': 'a' });
    symlinkSync(join(dir, 'files'), join(dir, 'files', 'loop'));
    const r = await render([dir]);
    expect(r.stderr).toBe('Error: chart directory "files/loop" is a symbolic link cycle\n');
  });

  test('symlinks that stay inside the chart are followed, as helm does', async () => {
    const dir = chart({ 'files/a.txt': 'inside', 'templates/cm.yaml': 'a: {{ .Files.Get "b.txt" }}\n' });
    symlinkSync(join(dir, 'files', 'a.txt'), join(dir, 'b.txt'));
    const r = await render([dir]);
    expect(r.stdout).toBe('---\n# Source: c/templates/cm.yaml\na: inside\n');
  });

  test('.Files.Get/Glob/Lines with traversal or absolute names see only chart files', async () => {
    const dir = chart({
      'templates/cm.yaml': [
        'a: {{ .Files.Get "../secret.txt" | quote }}',
        'b: {{ .Files.Get (printf "%s" "/etc/passwd") | quote }}',
        'c: {{ range $k, $v := .Files.Glob "../**" }}{{ $k }}{{ end }}',
        'd: {{ .Files.Lines "../../secret.txt" | len }}',
        'e: {{ .Files.Get "templates/../../secret.txt" | quote }}',
        '',
      ].join('\n'),
    });
    const r = await render([dir]);
    expect(r.stdout).toBe('---\n# Source: c/templates/cm.yaml\na: ""\nb: ""\nc: \nd: 0\ne: ""\n');
  });
});

describe('--output-dir writes only below the directory', () => {
  test('files go under the output dir and nowhere else', async () => {
    const dir = chart({ 'templates/cm.yaml': 'kind: ConfigMap\n' });
    const out = join(root, 'out');
    const r = await render([dir, '--output-dir', out]);
    expect(r.exitCode).toBe(0);
    expect(readdirSync(join(out, 'c', 'templates'))).toEqual(['cm.yaml']);
    expect(existsSync(join(root, 'c'))).toBe(false);
  });
});

describe('render --render-timeout', () => {
  test('an endless loop ends in a positioned error at the timeout', async () => {
    const dir = chart({ 'templates/loop.yaml': 'a: 1\n{{ range 1000000000000 }}{{ end }}\n' });
    const t = Date.now();
    const r = await render([dir, '--render-timeout', '200ms']);
    expect(Date.now() - t).toBeLessThan(15_000);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Error: .*c\/templates\/loop\.yaml:2:\d+.*rendering took longer than the render timeout \(200ms\); raise it with --render-timeout/s);
  }, 30_000);
});

describe('malformed values and flags end in helm\'s message', () => {
  const dir = () => chart({ 'templates/a.yaml': 'a: {{ .Values.a }}\n' });
  // `(helm)` cases expect what helm 4.1.4 prints for the same arguments, run live; the others
  // are k8slint's own messages.
  const cases: { name: string; args: (d: string) => string[]; error?: string }[] = [
    { name: '--set with a huge list index (helm)', args: (d) => [d, '--set', 'a[99999999]=1'] },
    { name: '--set with an empty key (helm)', args: (d) => [d, '--set', 'a.b.c.d[3].e=1,,,='] },
    { name: 'values file that is a list (helm)', args: (d) => [d, '-f', write('list.yaml', '- 1\n- 2\n')] },
    { name: 'values file with a syntax error (helm)', args: (d) => [d, '-f', write('broken.yaml', 'a: [1\n')] },
    { name: '--set-file of a missing path (helm)', args: (d) => [d, '--set-file', 'a=/nonexistent/x'] },
    { name: '--set-file of a directory (helm)', args: (d) => [d, '--set-file', `a=${root}`] },
    { name: '--set-json that is not JSON (helm)', args: (d) => [d, '--set-json', 'a={'] },
    { name: '--render-timeout that is not a duration', args: (d) => [d, '--render-timeout', 'soon'], error: 'Error: invalid argument for "--render-timeout" flag: invalid duration "soon" (use e.g. 30s, 2m, 500ms or 0 to disable)\n' },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      const args = c.args(dir());
      const r = await render(args);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(c.error ?? helmTemplate(args).stderr);
      expect(r.exitCode).toBe(1);
    });
  }

  test('a values.schema.json that is not JSON is a clear error (helm)', async () => {
    const d = chart({ 'templates/a.yaml': 'a: 1\n', 'values.schema.json': 'not json' });
    const r = await render([d]);
    const helm = helmTemplate([d]);
    expect(helm.stderr).toMatch(/^Error: values don't meet the specifications/);
    expect(r.stderr).toBe(helm.stderr);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.exitCode).toBe(helm.status);
  });
});

/** helmTemplate runs the helm 4.1.4 oracle's `helm template ARGS` (the reference for helm's messages). */
function helmTemplate(args: string[]): { stderr: string; status: number | null } {
  expect(oracleAvailable(4), 'helm 4 oracle missing: npm run oracle').toBe(true);
  const r = spawnSync(oraclePath(4), ['template', ...args], { encoding: 'utf8' });
  return { stderr: r.stderr, status: r.status };
}

function write(name: string, text: string): string {
  const p = join(root, name);
  writeFileSync(p, text);
  return p;
}
