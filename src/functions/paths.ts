import type { FunctionTable } from '../template/registry.js';

/** pathFunctions: being implemented (see the function issue); filled in by its owner. */
export const pathFunctions: FunctionTable = {};
