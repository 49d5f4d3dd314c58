import type { FunctionTable } from '../template/registry.js';

/** randomFunctions: being implemented (see the function issue); filled in by its owner. */
export const randomFunctions: FunctionTable = {};
