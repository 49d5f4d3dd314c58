import type { FunctionTable } from '../template/registry.js';

/** yamlFunctions: being implemented (see the function issue); filled in by its owner. */
export const yamlFunctions: FunctionTable = {};
