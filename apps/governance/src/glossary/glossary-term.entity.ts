import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { TermStatus } from './names';

/** A business term: what a word means in the mesh, who keeps that meaning, and the canonical entity it names. */
@Entity({ name: 'glossary_terms', schema: 'governance' })
@Index('glossary_terms_status_idx', ['status'])
export class GlossaryTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  definition!: string;

  @Column({ name: 'owner_team_id', type: 'varchar', length: 63 })
  ownerTeamId!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  synonyms!: string[];

  @Column({ type: 'varchar', length: 20 })
  status!: TermStatus;

  @Column({ name: 'master_data_entity', type: 'varchar', length: 63, nullable: true })
  masterDataEntity!: string | null;

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
