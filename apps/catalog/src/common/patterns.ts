/** A semantic version as a query parameter: 1.2.0, 2.0.0-rc.1, 1.0.0+build.5. */
export const SEMVER_PATTERN = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
