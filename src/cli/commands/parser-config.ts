/**
 * PARSER_CONFIG is the yargs parser configuration every command starts from (a command's
 * `parserConfiguration` replaces, not merges, so each spreads this). Repeatable flags take one
 * value each, as helm's pflag reads them: `k8slint lint -k 1.25 ./chart` keeps `./chart` a target.
 */
export const PARSER_CONFIG = { 'greedy-arrays': false } as const;
