import { ApiProperty } from '@nestjs/swagger';
import type { PolicyDefinition } from '@meshwork/policies';
import { PolicyDefinitionDto } from './policy-definition.dto';

export class PolicyBundleDto {
  @ApiProperty({ description: 'SHA-256 of the canonical JSON of `policies`; also the ETag. Equal versions, equal bundles.', example: '3f7a9c0e5b1d2f4a6c8e0b2d4f6a8c0e1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f0a' })
  version!: string;

  @ApiProperty({ description: 'When the newest version of the set entered it (the epoch for an empty set).', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  generatedAt!: string;

  @ApiProperty({ description: 'Every grace and enforced policy version, sorted by id: run `compilePolicy` and `evaluatePolicies` from @meshwork/policies on them to evaluate locally.', type: [PolicyDefinitionDto] })
  policies!: PolicyDefinition[];
}
