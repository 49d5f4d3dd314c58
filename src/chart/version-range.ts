import { SemverConstraints } from '../functions/semver/constraints.js';
import { parseVersion, semverLibFor } from '../functions/semver/version.js';

/**
 * isCompatibleRange is helm's `IsCompatibleRange(constraint, version)`: Masterminds/semver
 * `NewConstraint(constraint).Check(NewVersion(version))`, false when either fails to parse.
 */
export function isCompatibleRange(constraint: string, version: string, helmVersion: 3 | 4 = 4): boolean {
  const lib = semverLibFor(helmVersion);
  try {
    return SemverConstraints.parse(constraint, lib).check(parseVersion(version, lib));
  } catch {
    return false;
  }
}

/** isValidSemver is `semver.NewVersion(v) == nil`. */
export function isValidSemver(version: string, helmVersion: 3 | 4 = 4): boolean {
  try {
    parseVersion(version, semverLibFor(helmVersion));
    return true;
  } catch {
    return false;
  }
}
