import { defineRule } from './define-rule.js';
import { configKeysCheck } from './object-checks/config-checks.js';
import { cronCheck } from './object-checks/cron-checks.js';
import { enumCheck } from './object-checks/enum-checks.js';
import { annotationsCheck, crdNameCheck, labelsCheck, nameCheck } from './object-checks/metadata-checks.js';
import type { ObjectCheck, ObjectMessageId, ObjectReport } from './object-checks/object-check.js';
import { containersCheck, envCheck, portsCheck, resourcesCheck } from './object-checks/pod-checks.js';
import { selectorCheck } from './object-checks/selector-checks.js';
import { servicePortsCheck } from './object-checks/service-checks.js';

/** objectChecks lists the API server's own validations that a schema cannot express (see docs/rules/object-invalid.md). */
export const objectChecks: readonly ObjectCheck[] = [
  nameCheck,
  labelsCheck,
  annotationsCheck,
  crdNameCheck,
  selectorCheck,
  containersCheck,
  portsCheck,
  envCheck,
  resourcesCheck,
  servicePortsCheck,
  cronCheck,
  configKeysCheck,
  enumCheck,
];

/** objectInvalid reports objects the API server rejects although they match the schema. */
export const objectInvalid = defineRule<ObjectMessageId>({
  id: 'object-invalid',
  meta: {
    docs: { description: "Apply the API server's own validation of names, labels, selectors, ports, containers, resources and schedules" },
    defaultSeverity: 'error',
    messages: {
      dns1123Label: 'Invalid {{what}} {{value}}: must consist of lowercase alphanumeric characters or "-", and start and end with an alphanumeric character (DNS-1123 label).',
      dns1123Subdomain: 'Invalid {{what}} {{value}}: must consist of lowercase alphanumeric characters, "-" or ".", and start and end with an alphanumeric character (DNS-1123 subdomain).',
      dns1035Label: 'Invalid {{what}} {{value}}: must consist of lowercase alphanumeric characters or "-", start with a letter and end with an alphanumeric character (DNS-1035 label).',
      qualifiedName: 'Invalid {{what}} {{value}}: must be an optional DNS-1123 subdomain prefix and "/", then a name of at most 63 alphanumeric characters, "-", "_" or ".", starting and ending alphanumeric.',
      labelValue: 'Invalid {{what}} {{value}}: must be empty or at most 63 alphanumeric characters, "-", "_" or ".", starting and ending alphanumeric.',
      portName: 'Invalid {{what}} {{value}}: must be at most 15 lowercase alphanumeric characters or "-", contain a letter, and not start, end or repeat "-" (IANA service name).',
      envVarName: 'Invalid {{what}} {{value}}: must consist of printable characters other than "=" (before 1.32: letters, digits, "_", "-" or ".", not starting with a digit).',
      configMapKey: 'Invalid {{what}} {{value}}: must consist of alphanumeric characters, "-", "_" or ".".',
      pathSegment: 'Invalid {{what}} {{value}}: may not be "." or ".." and may not contain "/" or "%".',
      tooLong: 'Invalid {{what}} {{value}}: must be no more than {{limit}} characters.',
      nameRequired: 'Missing metadata.name: name or generateName is required.',
      annotationsTooLarge: 'Annotations are too long: {{size}} bytes, must have at most {{limit}} bytes.',
      selectorRequired: 'Missing spec.selector: a non-empty selector is required.',
      selectorMismatch: 'spec.selector does not match the template labels (spec.template.metadata.labels).',
      selectorValues: 'Selector operator {{operator}} needs a non-empty values list.',
      selectorNoValues: 'Selector operator {{operator}} must not have values.',
      portRange: 'Invalid {{what}} {{value}}: must be between {{min}} and 65535, inclusive.',
      noContainers: 'A pod needs at least one container.',
      duplicateContainer: 'Duplicate container name {{value}}: container names must be unique within a pod.',
      quantity: 'Invalid quantity {{value}}: must match the regular expression ^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$, e.g. "500m", "1Gi", "2".',
      negativeQuantity: 'Invalid quantity {{value}}: must be greater than or equal to 0.',
      requestAboveLimit: 'Invalid {{resource}} request {{request}}: must be less than or equal to the {{resource}} limit {{limit}}.',
      cronSchedule: 'Invalid schedule {{value}}: not a valid cron expression (5 fields: minute hour day-of-month month day-of-week, or @hourly, @daily, @every 1h...).',
      cronTimeZone: 'Invalid schedule {{value}}: TZ and CRON_TZ are not allowed in the schedule; use spec.timeZone.',
      servicePortNameRequired: 'Missing port name: a Service with more than one port must name every port.',
      duplicateServicePortName: 'Duplicate port name {{value}}: Service port names must be unique.',
      duplicateServicePort: 'Duplicate port {{value}}: Service port and protocol pairs must be unique.',
      unsupportedValue: 'Unsupported value {{value}}; supported values: {{allowed}}.',
      crdName: 'Invalid CustomResourceDefinition name {{value}}: must be spec.names.plural + "." + spec.group ({{expected}}).',
    },
  },
  create(ctx) {
    const minor = Number(ctx.kubeVersion.split('.')[1] ?? 0);
    const report: ObjectReport = (messageId, path, data, target) => ctx.report({ messageId, path, data, target });
    return {
      resource(res) {
        // Without apiVersion and kind it is not an object the API server would see (schema-invalid says so).
        if (!res.apiVersion || !res.kind) return;
        for (const c of objectChecks) c.check(res, report, minor);
      },
    };
  },
});
