import { afterEach, describe, expect, test } from 'vitest';
import { withPlainEnv } from '../../src/common/plain-env.js';
import { unmarshalYAML } from '../../src/functions/encoding/yaml-load.js';

describe('withPlainEnv', () => {
  const real = process.env;
  afterEach(() => {
    process.env = real;
    delete process.env.LOG_TOKENS;
  });

  test('runs fn with a plain object holding only the yaml debug switches, then restores process.env', () => {
    process.env.LOG_TOKENS = '';
    const seen = withPlainEnv(() => ({ env: process.env, keys: Object.keys(process.env), proto: Object.getPrototypeOf(process.env) }));
    expect(seen.env).not.toBe(real);
    expect(seen.keys).toEqual(['LOG_TOKENS']);
    expect(seen.proto).toBe(Object.prototype);
    expect(process.env).toBe(real);
  });

  test('restores process.env when fn throws', () => {
    expect(() =>
      withPlainEnv(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(process.env).toBe(real);
  });

  test('YAML loading still works and leaves process.env in place', () => {
    expect(unmarshalYAML('a: 1\nb: [x, y]\n')).toBeTruthy();
    expect(() => unmarshalYAML('a: [\n')).toThrow(/yaml: line/);
    expect(process.env).toBe(real);
  });
});
