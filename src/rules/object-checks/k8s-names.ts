/**
 * Name and value syntax checks of the API server, after k8s.io/apimachinery
 * `pkg/util/validation/validation.go` (IsDNS1123Label, IsDNS1123Subdomain, IsDNS1035Label,
 * IsQualifiedName, IsValidLabelValue, IsValidPortName, IsEnvVarName, IsConfigMapKey) and
 * `pkg/api/validation/path/name.go` (IsValidPathSegmentName). Each returns the problems found,
 * as message ids of the object-invalid rule with their data.
 */
export interface NameProblem {
  messageId: 'dns1123Label' | 'dns1123Subdomain' | 'dns1035Label' | 'qualifiedName' | 'labelValue' | 'portName' | 'envVarName' | 'configMapKey' | 'pathSegment' | 'tooLong';
  limit?: number;
}

const NO_PROBLEMS: NameProblem[] = [];
const QUALIFIED_NAME_PROBLEM: NameProblem[] = [{ messageId: 'qualifiedName' }];
const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const C_IDENTIFIERISH = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIG_MAP_KEY = /^[-._a-zA-Z0-9]+$/;

/** isDns1123Label: lowercase alphanumerics and '-', at most 63 characters. */
export function isDns1123Label(s: string): NameProblem[] {
  if (s.length > 63) return [{ messageId: 'tooLong', limit: 63 }];
  return DNS1123_LABEL.test(s) ? NO_PROBLEMS : [{ messageId: 'dns1123Label' }];
}

/** isDns1123Subdomain: dot-separated DNS-1123 labels, at most 253 characters. */
export function isDns1123Subdomain(s: string): NameProblem[] {
  if (s.length > 253) return [{ messageId: 'tooLong', limit: 253 }];
  return DNS1123_SUBDOMAIN.test(s) ? NO_PROBLEMS : [{ messageId: 'dns1123Subdomain' }];
}

/** isDns1035Label: like a DNS-1123 label but starting with a letter (Service names). */
export function isDns1035Label(s: string): NameProblem[] {
  if (s.length > 63) return [{ messageId: 'tooLong', limit: 63 }];
  return DNS1035_LABEL.test(s) ? [] : [{ messageId: 'dns1035Label' }];
}

/** isPathSegmentName: anything but '.', '..', or a name containing '/' or '%' (RBAC names). */
export function isPathSegmentName(s: string): NameProblem[] {
  return s === '.' || s === '..' || s.includes('/') || s.includes('%') ? [{ messageId: 'pathSegment' }] : [];
}

/** isQualifiedName: `[prefix/]name`, prefix a DNS-1123 subdomain, name at most 63 characters. */
export function isQualifiedName(s: string): NameProblem[] {
  const slash = s.indexOf('/');
  const name = slash < 0 ? s : s.slice(slash + 1);
  if (slash >= 0 && (slash === 0 || name.includes('/') || slash > 253 || !DNS1123_SUBDOMAIN.test(s.slice(0, slash)))) return QUALIFIED_NAME_PROBLEM;
  if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) return QUALIFIED_NAME_PROBLEM;
  return NO_PROBLEMS;
}

/** isLabelValue: empty, or at most 63 alphanumerics, '-', '_', '.' starting and ending alphanumeric. */
export function isLabelValue(s: string): NameProblem[] {
  if (s.length > 63) return [{ messageId: 'tooLong', limit: 63 }];
  return LABEL_VALUE.test(s) ? NO_PROBLEMS : [{ messageId: 'labelValue' }];
}

/** isPortName: an IANA service name, at most 15 characters with at least one letter, no '--'. */
export function isPortName(s: string): NameProblem[] {
  if (s.length > 15 || !IANA_SVC_NAME.test(s) || s.includes('--') || !/[a-z]/.test(s)) return [{ messageId: 'portName' }];
  return [];
}

/**
 * isEnvVarName: before Kubernetes 1.32 a C identifier plus '-' and '.'; from 1.32
 * (RelaxedEnvironmentVariableValidation, on by default) any printable ASCII except '='.
 */
export function isEnvVarName(s: string, minor: number): NameProblem[] {
  if (minor >= 32) return s !== '' && /^[\x20-\x3c\x3e-\x7e]+$/.test(s) ? [] : [{ messageId: 'envVarName' }];
  return C_IDENTIFIERISH.test(s) ? [] : [{ messageId: 'envVarName' }];
}

/** isConfigMapKey: alphanumerics, '-', '_', '.', at most 253 characters, not '.' or '..'. */
export function isConfigMapKey(s: string): NameProblem[] {
  if (s.length > 253) return [{ messageId: 'tooLong', limit: 253 }];
  return CONFIG_MAP_KEY.test(s) && s !== '.' && s !== '..' ? [] : [{ messageId: 'configMapKey' }];
}
