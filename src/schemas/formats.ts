import { isIP } from 'node:net';

/** FormatCheck tells whether a value satisfies a named OpenAPI format (only called for matching types). */
export type FormatCheck = (value: string | number) => boolean;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9223372036854775808;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const GO_DURATION = /^[-+]?(0|((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+)$/;
const SCALA_DURATION = /^\d+\s*(ns|us|ms|s|m|h|d|w|nanos?|micros?|millis?|seconds?|minutes?|hours?|days?|weeks?)$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const MAC = /^([0-9A-Fa-f]{2}[:-]){5}([0-9A-Fa-f]{2})$|^([0-9A-Fa-f]{4}\.){2}[0-9A-Fa-f]{4}$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$|^\/\S*$/;

function isCidr(s: string): boolean {
  const slash = s.indexOf('/');
  if (slash < 0) return false;
  const ip = isIP(s.slice(0, slash));
  const bits = s.slice(slash + 1);
  return ip !== 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= (ip === 4 ? 32 : 128);
}

/**
 * formatChecks lists the formats k8slint validates: the numeric ranges Go's decoder enforces,
 * `byte` (Go's base64.StdEncoding), RFC 3339 times, and the strfmt formats that the
 * apiextensions-apiserver validates for CRDs (k8s.io/kube-openapi `pkg/validation/strfmt`).
 * Other format names are ignored, as the API server ignores them.
 */
export const formatChecks: Record<string, FormatCheck> = {
  int32: (v) => typeof v !== 'number' || (v >= INT32_MIN && v <= INT32_MAX),
  int64: (v) => typeof v !== 'number' || (v > -INT64_LIMIT && v < INT64_LIMIT),
  byte: (v) => {
    if (typeof v !== 'string') return true;
    const s = v.replace(/[\r\n]/g, '');
    return s.length % 4 === 0 && BASE64.test(s);
  },
  'date-time': (v) => typeof v !== 'string' || DATE_TIME.test(v),
  datetime: (v) => typeof v !== 'string' || DATE_TIME.test(v),
  date: (v) => typeof v !== 'string' || DATE.test(v),
  duration: (v) => typeof v !== 'string' || GO_DURATION.test(v) || SCALA_DURATION.test(v),
  uuid: (v) => typeof v !== 'string' || UUID.test(v),
  ipv4: (v) => typeof v !== 'string' || isIP(v) === 4,
  ipv6: (v) => typeof v !== 'string' || isIP(v) === 6,
  cidr: (v) => typeof v !== 'string' || isCidr(v),
  hostname: (v) => typeof v !== 'string' || HOSTNAME.test(v),
  mac: (v) => typeof v !== 'string' || MAC.test(v),
  email: (v) => typeof v !== 'string' || EMAIL.test(v),
  uri: (v) => typeof v !== 'string' || URI.test(v),
};
