/** ValuesArgs are the chart-values flags `render` and `lint` share (helm's `-f` and `--set*`). */
export interface ValuesArgs {
  values: string[];
  set: string[];
  'set-string': string[];
  'set-file': string[];
  'set-json': string[];
  'set-literal': string[];
}
