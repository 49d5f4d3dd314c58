import type { FunctionTable } from '../template/registry.js';

/** encodingFunctions: being implemented (see the function issue); filled in by its owner. */
export const encodingFunctions: FunctionTable = {};
