import type { FunctionTable } from '../template/registry.js';

/** conversionFunctions: being implemented (see the function issue); filled in by its owner. */
export const conversionFunctions: FunctionTable = {};
