import { isConfigMapKey } from './k8s-names.js';
import { asMap, type ObjectCheck } from './object-check.js';

/** configKeysCheck: ConfigMap and Secret data keys are valid config keys. */
export const configKeysCheck: ObjectCheck = {
  id: 'config-keys',
  description: 'Keys of ConfigMap data/binaryData and Secret data/stringData are at most 253 alphanumerics, "-", "_" or ".", and not "." or "..".',
  source: 'pkg/apis/core/validation/validation.go ValidateConfigMap, ValidateSecret; pkg/util/validation IsConfigMapKey',
  check(res, report) {
    if (res.apiVersion !== 'v1' || (res.kind !== 'ConfigMap' && res.kind !== 'Secret')) return;
    const fields = res.kind === 'ConfigMap' ? ['data', 'binaryData'] : ['data', 'stringData'];
    for (const f of fields) {
      for (const k of Object.keys(asMap(res.object[f]) ?? {})) {
        for (const p of isConfigMapKey(k)) report(p.messageId, [f, k], { value: JSON.stringify(k), what: 'key', limit: p.limit ?? 0 }, 'key');
      }
    }
  },
};
