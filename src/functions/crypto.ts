import type { FunctionTable } from '../template/registry.js';

/** cryptoFunctions: being implemented (see the function issue); filled in by its owner. */
export const cryptoFunctions: FunctionTable = {};
