import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export interface Code {
  code: string;
  label: string;
}

/** A reference code list (ISO 3166 countries, ISO 4217 currencies, or one defined by governance officers). */
@Entity({ name: 'code_lists', schema: 'governance' })
export class CodeListEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /** The standard the list comes from, when it comes from one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  standard!: string | null;

  /** Shipped with the platform (seeded by a migration) rather than defined by a governance officer. */
  @Column({ type: 'boolean', default: false })
  shipped!: boolean;

  /** Sorted by code. */
  @Column({ type: 'jsonb' })
  codes!: Code[];

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
