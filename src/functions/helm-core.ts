import type { FunctionTable } from '../template/registry.js';

/** helmCoreFunctions: being implemented (see the function issue); filled in by its owner. */
export const helmCoreFunctions: FunctionTable = {};
