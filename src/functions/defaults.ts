import type { FunctionTable } from '../template/registry.js';

/** defaultFunctions: being implemented (see the function issue); filled in by its owner. */
export const defaultFunctions: FunctionTable = {};
