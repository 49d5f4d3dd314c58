import type { FunctionTable } from '../template/registry.js';

/** tomlFunctions: being implemented (see the function issue); filled in by its owner. */
export const tomlFunctions: FunctionTable = {};
