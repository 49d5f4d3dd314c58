/**
 * renderCase renders one template case with k8slint's engine (`src/template/`) and Helm's
 * function registry (`helmFunctions`), returning what `helm template` would show for it:
 * `{ output }` (after `<no value>` stripping) or `{ error }` (`Error: ` + the Helm-formatted message).
 * The template is parsed and executed as `c/templates/case.yaml`, the name helm gives it.
 */
import type { FunctionRegistry } from '../../src/template/registry.js';
import type { GoValue } from '../../src/template/value.js';
import { helmFunctions } from '../../src/functions/index.js';
import { CASE_TEMPLATE_NAME, caseRoot } from './render-root.js';

export type HelmMajor = 3 | 4;
export interface CaseInput {
  template: string;
  values?: string;
  set?: string[];
}
export type CaseResult = { output: string } | { error: string };

/** EngineApi is the part of `src/template/` the harness drives. */
export interface EngineApi {
  parseTemplate(name: string, text: string, funcs: FunctionRegistry): unknown;
  executeTemplate(tree: unknown, name: string, data: GoValue): string;
  formatHelmError(err: unknown, helmVersion: HelmMajor): string;
}

const ENGINE_MODULE = '../../src/template/index.js';
let engine: Promise<EngineApi> | undefined;

/** loadEngine imports the template engine once; rejects with a clear message while it does not exist. */
export function loadEngine(): Promise<EngineApi> {
  engine ??= (async () => {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(/* @vite-ignore */ ENGINE_MODULE)) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`template engine not available (${ENGINE_MODULE}): ${(e as Error).message}`);
    }
    for (const f of ['parseTemplate', 'executeTemplate', 'formatHelmError']) {
      if (typeof mod[f] !== 'function') throw new Error(`template engine does not export ${f}()`);
    }
    return mod as unknown as EngineApi;
  })();
  return engine;
}

const registries = new Map<HelmMajor, FunctionRegistry>();

function functionsFor(v: HelmMajor): FunctionRegistry {
  let r = registries.get(v);
  if (!r) {
    r = helmFunctions(v);
    registries.set(v, r);
  }
  return r;
}

/** renderCase renders a case for one Helm major version. */
export async function renderCase(c: CaseInput, v: HelmMajor): Promise<CaseResult> {
  const api = await loadEngine();
  try {
    const root = caseRoot(c.values, c.set, v);
    const tree = api.parseTemplate(CASE_TEMPLATE_NAME, c.template, functionsFor(v));
    const out = api.executeTemplate(tree, CASE_TEMPLATE_NAME, root);
    return { output: out.replaceAll('<no value>', '') };
  } catch (err) {
    return { error: 'Error: ' + api.formatHelmError(err, v) };
  }
}
