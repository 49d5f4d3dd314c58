import type { FunctionTable } from '../template/registry.js';

/** dateFunctions: being implemented (see the function issue); filled in by its owner. */
export const dateFunctions: FunctionTable = {};
