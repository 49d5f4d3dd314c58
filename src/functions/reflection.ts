import type { FunctionTable } from '../template/registry.js';

/** reflectionFunctions: being implemented (see the function issue); filled in by its owner. */
export const reflectionFunctions: FunctionTable = {};
