/**
 * yaml-node is the small event tree the Go YAML encoders hand to their emitter: scalars with a
 * requested style, block mappings (keys already in encoder order) and block sequences.
 */

/** ScalarStyle is the style the encoder asks for; the emitter may still fall back (select_scalar_style). */
export type ScalarStyle = 'plain' | 'double' | 'literal';

export type YamlNode =
  | { kind: 'scalar'; value: string; style: ScalarStyle }
  | { kind: 'seq'; items: YamlNode[] }
  | { kind: 'map'; pairs: [YamlNode, YamlNode][] };

/** scalar builds a scalar node. */
export function scalar(value: string, style: ScalarStyle = 'plain'): YamlNode {
  return { kind: 'scalar', value, style };
}
