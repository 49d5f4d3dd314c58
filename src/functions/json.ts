import type { FunctionTable } from '../template/registry.js';

/** jsonFunctions: being implemented (see the function issue); filled in by its owner. */
export const jsonFunctions: FunctionTable = {};
