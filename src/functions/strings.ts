import type { FunctionTable } from '../template/registry.js';

/** stringFunctions: being implemented (see the function issue); filled in by its owner. */
export const stringFunctions: FunctionTable = {};
