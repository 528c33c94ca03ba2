import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { LogicalType } from './names';

/** One attribute of a canonical entity, as stored (and as the conformance check reads it). */
export interface CanonicalAttribute {
  name: string;
  title: string;
  logicalType: LogicalType;
  format?: string;
  pattern?: string;
  required: boolean;
  codeList?: string;
  glossaryTerm?: string;
}

/** A canonical master-data entity (`customer`): the attributes every contract that claims to carry it must honour. */
@Entity({ name: 'master_data_entities', schema: 'governance' })
export class MasterDataEntityEntity {
  @PrimaryColumn({ type: 'varchar', length: 63 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'owner_team_id', type: 'varchar', length: 63 })
  ownerTeamId!: string;

  @Column({ type: 'jsonb' })
  attributes!: CanonicalAttribute[];

  @VersionColumn()
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
