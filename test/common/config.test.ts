import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ConfigError, findConfigFile, loadConfig } from '../../src/common/config.js';

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'k8slint-config-'));
  for (const [p, c] of Object.entries(files)) {
    mkdirSync(join(root, p, '..'), { recursive: true });
    writeFileSync(join(root, p), c);
  }
  return root;
}

describe('config', () => {
  test('is discovered upwards, nearest first', async () => {
    const root = tree({
      '.k8slintrc.yaml': 'kubeVersion: "1.29"\n',
      'apps/web/k8slint.config.json': '{"kubeVersion": ["1.25..1.36"], "rules": {"api-deprecated": "off"}}',
      'apps/web/charts/x/Chart.yaml': 'name: x\n',
      'other/deep/file.yaml': '',
    });
    expect(findConfigFile(join(root, 'other/deep'))).toBe(join(root, '.k8slintrc.yaml'));
    const c = await loadConfig(join(root, 'apps/web/charts/x'));
    expect(c?.file).toBe(join(root, 'apps/web/k8slint.config.json'));
    expect(c?.config).toEqual({ kubeVersion: ['1.25..1.36'], rules: { 'api-deprecated': 'off' } });
  });

  test('an .mjs config exports its settings as default', async () => {
    const root = tree({ 'k8slint.config.mjs': 'export default { helmVersion: 3, maxWarnings: 0 };\n' });
    expect((await loadConfig(root))?.config).toEqual({ helmVersion: 3, maxWarnings: 0 });
  });

  test('a bad setting is reported with file:line:column', async () => {
    const root = tree({ '.k8slintrc.yaml': 'kubeVersion: "1.29"\nrules:\n  api-removed: fatal\nunknownThing: 1\n' });
    const err = await loadConfig(root).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain(`${join(root, '.k8slintrc.yaml')}:3:16: rules.api-removed: must be one of "off", "warn", "error", "info"`);
    expect(msg).toContain(': (top level): unknown setting "unknownThing"');
  });

  test('YAML syntax errors and duplicate keys are positioned', async () => {
    const root = tree({ '.k8slintrc.yaml': 'helmVersion: 4\nhelmVersion: 3\n' });
    await expect(loadConfig(root)).rejects.toThrow(/\.k8slintrc\.yaml:2:1: Map keys must be unique/);
  });

  test('no config is fine', async () => {
    const root = tree({ 'a.yaml': '' });
    expect(await loadConfig(join(root))).toBeUndefined();
  });
});
