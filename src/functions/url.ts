import type { FunctionTable } from '../template/registry.js';

/** urlFunctions: being implemented (see the function issue); filled in by its owner. */
export const urlFunctions: FunctionTable = {};
