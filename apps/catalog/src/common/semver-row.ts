import { parseSemver } from '@meshwork/descriptors';
import { Column } from 'typeorm';

/** Columns of a row kept per semantic version: the version text and its parts, so SQL can order versions. */
export abstract class SemverRow {
  @Column({ type: 'varchar', length: 64 })
  version!: string;

  @Column({ type: 'int' })
  major!: number;

  @Column({ type: 'int' })
  minor!: number;

  @Column({ type: 'int' })
  patch!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  prerelease!: string | null;
}

/** The SemverRow columns of a version that checkSubmission has already validated. */
export function semverColumns(version: string): Pick<SemverRow, 'version' | 'major' | 'minor' | 'patch' | 'prerelease'> {
  const parsed = parseSemver(version);
  if (!parsed) throw new Error(`not a semantic version: ${version}`);
  return { version, major: parsed.major, minor: parsed.minor, patch: parsed.patch, prerelease: parsed.prerelease ?? null };
}
