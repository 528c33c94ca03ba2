import fc from 'fast-check';
import { DescriptorErrorCode } from '../errors/descriptor-error';
import { compareSemver, parseSemver } from './semver';

describe('parseSemver', () => {
  it.each([
    ['1.2.3', { major: 1, minor: 2, patch: 3 }],
    ['0.0.0', { major: 0, minor: 0, patch: 0 }],
    ['v3.1.0', { major: 3, minor: 1, patch: 0 }],
    ['1.0.0-rc.1', { major: 1, minor: 0, patch: 0, prerelease: 'rc.1' }],
    ['1.0.0-0A.is.legal', { major: 1, minor: 0, patch: 0, prerelease: '0A.is.legal' }],
    ['1.0.0+20130313144700', { major: 1, minor: 0, patch: 0, build: '20130313144700' }],
    ['1.0.0-beta+exp.sha.5114f85', { major: 1, minor: 0, patch: 0, prerelease: 'beta', build: 'exp.sha.5114f85' }],
  ])('parses %p', (text, expected) => {
    expect(parseSemver(text)).toEqual(expected);
  });

  it.each(['', '1', '1.2', '1.2.3.4', '01.2.3', '1.02.3', '1.2.03', '1.2.3-01', '1.2.3-', '1.2.3+', '1.2.3-a..b', 'V1.2.3', ' 1.2.3', 'latest', '99999999999999999.0.0'])(
    'refuses %p',
    (text) => {
      expect(parseSemver(text)).toBeUndefined();
    },
  );
});

describe('compareSemver', () => {
  it('orders versions by semver precedence, pre-releases before their release', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.1',
      '1.2.0',
      '1.10.0',
      '2.0.0',
      '10.0.0',
    ];
    const shuffled = [...ordered].reverse();

    expect(shuffled.sort(compareSemver)).toEqual(ordered);
  });

  it.each([
    ['1.0.0+build.1', '1.0.0+build.2', 0],
    ['v1.0.0', '1.0.0', 0],
    ['1.0.0-1', '1.0.0-a', -1],
    ['1.0.0-99999999999999999999', '1.0.0-100000000000000000000', -1],
  ])('compares %p with %p as %p', (a, b, expected) => {
    expect(compareSemver(a, b)).toBe(expected);
  });

  it('refuses a version that is not semver', () => {
    expect(() => compareSemver('1.0.0', 'latest')).toThrow(
      expect.objectContaining({ code: DescriptorErrorCode.INVALID_VERSION, message: '"latest" is not a semantic version.' }),
    );
  });

  const version = fc
    .tuple(
      fc.nat(20),
      fc.nat(20),
      fc.nat(20),
      fc.option(fc.array(fc.oneof(fc.nat(5).map(String), fc.constantFrom('alpha', 'beta', 'rc')), { minLength: 1, maxLength: 3 }), {
        nil: undefined,
      }),
    )
    .map(([major, minor, patch, pre]) => `${major}.${minor}.${patch}${pre ? `-${pre.join('.')}` : ''}`);

  it('is antisymmetric and consistent with equality', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(Math.sign(compareSemver(a, b))).toBe(-Math.sign(compareSemver(b, a)));
        expect(compareSemver(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        fc.pre(compareSemver(a, b) <= 0 && compareSemver(b, c) <= 0);
        expect(compareSemver(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
