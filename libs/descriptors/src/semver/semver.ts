import { DescriptorError, DescriptorErrorCode } from '../errors/descriptor-error';

/** A semantic version (semver.org 2.0.0). */
export interface Semver {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated pre-release identifiers, e.g. "rc.1" in 1.0.0-rc.1. */
  prerelease?: string;
  /** Build metadata, e.g. "sha.5114f85" in 1.0.0+sha.5114f85; ignored for precedence. */
  build?: string;
}

const NUMBER = '0|[1-9]\\d*';
const PRERELEASE_ID = `${NUMBER}|\\d*[a-zA-Z-][0-9a-zA-Z-]*`;
const SEMVER = new RegExp(
  `^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})` +
    `(?:-((?:${PRERELEASE_ID})(?:\\.(?:${PRERELEASE_ID}))*))?` +
    `(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$`,
);

/**
 * Parses "1.2.3", "1.2.3-rc.1+build.5" (a leading "v", as in ODCS's "v3.1.0", is accepted).
 * Undefined when the text is not a semantic version or a number exceeds Number.MAX_SAFE_INTEGER.
 */
export function parseSemver(version: string): Semver | undefined {
  const match = SEMVER.exec(version);
  if (!match) return undefined;
  const [major, minor, patch] = [match[1], match[2], match[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  return {
    major,
    minor,
    patch,
    ...(match[4] === undefined ? {} : { prerelease: match[4] }),
    ...(match[5] === undefined ? {} : { build: match[5] }),
  };
}

/**
 * Semver precedence: negative when a < b, 0 when equal (build metadata ignored), positive when a > b.
 * Throws DescriptorError(INVALID_VERSION) when either is not a semantic version. Use as a sort comparator.
 */
export function compareSemver(a: string, b: string): number {
  const left = requireSemver(a);
  const right = requireSemver(b);
  return (
    Math.sign(left.major - right.major) ||
    Math.sign(left.minor - right.minor) ||
    Math.sign(left.patch - right.patch) ||
    comparePrerelease(left.prerelease, right.prerelease)
  );
}

function requireSemver(version: string): Semver {
  const parsed = parseSemver(version);
  if (!parsed) throw new DescriptorError(DescriptorErrorCode.INVALID_VERSION, `"${version}" is not a semantic version.`);
  return parsed;
}

function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const left = a.split('.');
  const right = b.split('.');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareIdentifier(left[i], right[i]);
    if (order !== 0) return order;
  }
  return Math.sign(left.length - right.length);
}

function compareIdentifier(a: string, b: string): number {
  const aNumeric = /^\d+$/.test(a);
  const bNumeric = /^\d+$/.test(b);
  if (aNumeric && bNumeric) return compareDigits(a, b);
  if (aNumeric !== bNumeric) return aNumeric ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

// Numeric identifiers have no leading zeros, so a longer one is larger; this also works beyond 2^53.
function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return Math.sign(a.length - b.length);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
