import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A reference that names a catalog node: `contract:<id>:v<major>` or `dataset:<key>` → an output port URN. */
@Entity({ name: 'lineage_aliases', schema: 'catalog' })
@Index('ix_lineage_aliases_urn', ['urn'])
export class LineageAliasEntity {
  @PrimaryColumn({ type: 'varchar', length: 600 })
  ref!: string;

  @Column({ type: 'varchar', length: 300 })
  urn!: string;
}
