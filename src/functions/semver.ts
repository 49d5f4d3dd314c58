import type { FunctionTable } from '../template/registry.js';

/** semverFunctions: being implemented (see the function issue); filled in by its owner. */
export const semverFunctions: FunctionTable = {};
