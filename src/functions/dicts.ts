import type { FunctionTable } from '../template/registry.js';

/** dictFunctions: being implemented (see the function issue); filled in by its owner. */
export const dictFunctions: FunctionTable = {};
