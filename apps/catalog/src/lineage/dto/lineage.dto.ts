import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { LINEAGE_EDGE_KINDS, type LineageEdgeKind } from '../lineage-edge.entity';

export const LINEAGE_DIRECTIONS = ['up', 'down', 'both'] as const;
export type LineageDirection = (typeof LINEAGE_DIRECTIONS)[number];
export const LINEAGE_MAX_DEPTH = 10;
export const LINEAGE_NODE_KINDS = ['product', 'port', 'dataset', 'contract'] as const;

export class LineageQueryDto {
  @ApiPropertyOptional({ description: 'Upstream (where the data comes from), downstream (who uses it) or both.', enum: LINEAGE_DIRECTIONS, default: 'both', example: 'down' })
  @IsOptional()
  @IsIn(LINEAGE_DIRECTIONS)
  direction?: LineageDirection;

  @ApiPropertyOptional({ description: `How many hops to follow, 1 to ${LINEAGE_MAX_DEPTH}.`, default: 3, minimum: 1, maximum: LINEAGE_MAX_DEPTH, example: 3 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LINEAGE_MAX_DEPTH)
  depth?: number;
}

export class LineageNodeDto {
  @ApiProperty({ description: 'A catalog URN, or a reference not (yet) linked to a port: `dataset:<namespace>/<name>`, `contract:<id>:v<major>`.', example: 'urn:meshwork:crm:customers:customers:v1' })
  id!: string;

  @ApiProperty({ description: 'What the node is.', enum: LINEAGE_NODE_KINDS, example: 'port' })
  kind!: (typeof LINEAGE_NODE_KINDS)[number];

  @ApiProperty({ description: 'Hops from the root: negative upstream, positive downstream, 0 for the root.', example: 1 })
  distance!: number;

  @ApiPropertyOptional({ description: 'Display name of the product the node belongs to, when it is in the catalog.', nullable: true, type: String, example: 'CRM Customers' })
  title!: string | null;

  @ApiPropertyOptional({ description: 'Lifecycle state of that product.', nullable: true, type: String, example: 'published' })
  status!: string | null;
}

export class LineageEdgeDto {
  @ApiProperty({ description: 'Upstream node id.', example: 'urn:meshwork:crm:customers:customers:v1' })
  from!: string;

  @ApiProperty({ description: 'Downstream node id.', example: 'urn:meshwork:billing:invoices' })
  to!: string;

  @ApiProperty({ description: 'exposes: product → its port; input-port: port → consuming product; derived-from: port → port built from it; openlineage: dataset → dataset seen in a run.', enum: LINEAGE_EDGE_KINDS, example: 'input-port' })
  kind!: LineageEdgeKind;

  @ApiProperty({ description: 'Who declared it: `odps:<product urn>` or `openlineage:<job namespace>/<job name>`.', example: 'odps:urn:meshwork:billing:invoices' })
  source!: string;

  @ApiProperty({ description: 'When the edge was last declared or observed.', format: 'date-time', example: '2026-06-03T05:17:42.118Z' })
  observedAt!: string;
}

export class LineageGraphDto {
  @ApiProperty({ description: 'The URN the walk started from.', example: 'urn:meshwork:crm:customers' })
  root!: string;

  @ApiProperty({ description: 'Direction walked.', enum: LINEAGE_DIRECTIONS, example: 'both' })
  direction!: LineageDirection;

  @ApiProperty({ description: 'Maximum hops followed.', example: 3 })
  depth!: number;

  @ApiProperty({ description: 'True when the walk stopped at its size limit (1,000 steps) before the depth: the nearest part of the graph is returned.', example: false })
  truncated!: boolean;

  @ApiProperty({ description: 'Every node reached, the root included.', type: [LineageNodeDto] })
  nodes!: LineageNodeDto[];

  @ApiProperty({ description: 'Every edge between reached nodes in the walked direction.', type: [LineageEdgeDto] })
  edges!: LineageEdgeDto[];
}

export class LineageIgnoredFacetDto {
  @ApiProperty({ description: 'JSON pointer to the facet (or its member) in the request body.', example: '/inputs/0/inputFacets/dataQualityAssertions/assertions/1' })
  pointer!: string;

  @ApiProperty({ description: 'Why it was not used.', example: "no quality rule of the contract of urn:meshwork:crm:customers:customers:v1 matches assertion 'freshness'" })
  reason!: string;
}

export class LineageIntakeResultDto {
  @ApiProperty({ description: 'Number of run events stored.', example: 1 })
  accepted!: number;

  @ApiProperty({ description: 'Dataset-to-dataset edges recorded or refreshed.', example: 1 })
  edges!: number;

  @ApiProperty({ description: 'Datasets of these events that are linked to a catalog output port.', example: ['urn:meshwork:crm:customers:customers:v1'], type: [String] })
  linkedPorts!: string[];

  @ApiProperty({ description: 'Ports whose column profile a `dataQualityMetrics` dataset facet recorded (see GET /v1/ports/{urn}/profile).', example: ['urn:meshwork:crm:customers:customers:v1'], type: [String] })
  profiledPorts!: string[];

  @ApiProperty({ description: 'Ports that got quality results from a `dataQualityAssertions` dataset facet (see GET /v1/ports/{urn}/quality).', example: [], type: [String] })
  assertedPorts!: string[];

  @ApiProperty({
    description: 'Quality facets not used, with why: the dataset serves no port, the sender may not update the port\'s product, an invalid metric, an assertion matching no rule. The lineage of the events is stored all the same.',
    type: [LineageIgnoredFacetDto],
  })
  ignored!: LineageIgnoredFacetDto[];
}
