import type { FunctionTable } from '../template/registry.js';

/** mathFunctions: being implemented (see the function issue); filled in by its owner. */
export const mathFunctions: FunctionTable = {};
