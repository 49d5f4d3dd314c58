import type { FunctionTable } from '../template/registry.js';

/** regexFunctions: being implemented (see the function issue); filled in by its owner. */
export const regexFunctions: FunctionTable = {};
