import { isDns1123Label } from './k8s-names.js';
import { asList, asMap, type ObjectCheck } from './object-check.js';
import { checkIntOrName } from './pod-checks.js';

/** servicePortsCheck: Service port numbers, names (required when several, unique, DNS-1123 labels) and targetPorts. */
export const servicePortsCheck: ObjectCheck = {
  id: 'service-ports',
  description: 'Service ports: port 1–65535, nodePort 0–65535, targetPort 1–65535 or a port name; with more than one port every port has a name; names are DNS-1123 labels and unique; port/protocol pairs are unique.',
  source: 'pkg/apis/core/validation/validation.go ValidateService, validateServicePort',
  check(res, report) {
    if (res.kind !== 'Service' || res.apiVersion !== 'v1') return;
    const ports = asList(asMap(res.object.spec)?.ports);
    const names = new Set<string>();
    const pairs = new Set<string>();
    ports.forEach((p, i) => {
      const port = asMap(p);
      if (!port) return;
      const base = ['spec', 'ports', i];
      if (typeof port.port === 'number' && (port.port < 1 || port.port > 65535)) report('portRange', [...base, 'port'], { value: port.port, min: 1, what: 'port' });
      if (typeof port.nodePort === 'number' && (port.nodePort < 0 || port.nodePort > 65535)) report('portRange', [...base, 'nodePort'], { value: port.nodePort, min: 0, what: 'nodePort' });
      checkIntOrName(report, [...base, 'targetPort'], port.targetPort, 'targetPort');
      const name = typeof port.name === 'string' ? port.name : '';
      if (name === '' && ports.length > 1) report('servicePortNameRequired', base);
      if (name !== '') {
        for (const e of isDns1123Label(name)) report(e.messageId, [...base, 'name'], { value: JSON.stringify(name), what: 'port name', limit: e.limit ?? 0 });
        if (names.has(name)) report('duplicateServicePortName', [...base, 'name'], { value: JSON.stringify(name) });
        names.add(name);
      }
      const pair = `${String(port.port)}/${String(port.protocol ?? 'TCP')}`;
      if (pairs.has(pair)) report('duplicateServicePort', [...base, 'port'], { value: pair });
      pairs.add(pair);
    });
  },
};
