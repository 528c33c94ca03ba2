import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsDefined, IsOptional, IsString, Length, Matches, ValidateBy, ValidateNested, type ValidationOptions } from 'class-validator';
import { OpaqueDocument } from '@meshwork/platform';
import { POLICY_STATES, type PolicyOutcome, type PolicyState, SEVERITIES, type Severity } from '@meshwork/policies';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DOCUMENT_SCHEMA = { oneOf: [{ type: 'object', additionalProperties: true }, { type: 'string', description: 'The document as YAML (or JSON) text.' }] };
const OUTCOMES = ['pass', 'fail', 'not-applicable', 'error'] as const;

/** A JSON object, or YAML/JSON text of one. */
function IsDocument(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDocument',
      validator: {
        validate: (value: unknown) => typeof value === 'string' || (typeof value === 'object' && value !== null && !Array.isArray(value)),
        defaultMessage: (args) => `${args?.property ?? 'document'} must be a JSON object or YAML text`,
      },
    },
    options,
  );
}

export type DocumentInput = Record<string, unknown> | string;

export class PreviousVersionDto {
  @ApiProperty({ description: 'The ODPS document published before.', example: { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'crm-customers', version: '1.1.0' }, ...DOCUMENT_SCHEMA })
  @IsDefined()
  @IsDocument()
  @OpaqueDocument()
  product!: DocumentInput;

  @ApiPropertyOptional({ description: 'The ODCS contracts published before.', example: [{ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'crm_customers_v1', version: '1.1.0' }], type: 'array', items: DOCUMENT_SCHEMA })
  @IsOptional()
  @IsArray()
  @IsDocument({ each: true })
  @OpaqueDocument()
  contracts?: DocumentInput[];
}

/** Which catalog product version the evaluation is about, for the compliance record. */
export class EvaluationSubjectDto {
  @ApiProperty({ description: 'Domain of the product in the catalog.', example: 'crm' })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB, { message: 'domain must be kebab-case' })
  domain!: string;

  @ApiProperty({ description: 'Kebab-case product name in the catalog (its path name, not the display name).', example: 'customers' })
  @IsString()
  @Length(1, 63)
  @Matches(KEBAB, { message: 'name must be kebab-case' })
  name!: string;

  @ApiProperty({ description: 'Version of the product evaluated.', example: '1.2.0' })
  @IsString()
  @Length(1, 100)
  version!: string;
}

export class EvaluateDto {
  @ApiProperty({ description: 'The ODPS product document, as a JSON object or as YAML text.', example: { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'crm-customers', domain: 'crm', version: '1.2.0' }, ...DOCUMENT_SCHEMA })
  @IsDefined()
  @IsDocument()
  @OpaqueDocument()
  product!: DocumentInput;

  @ApiPropertyOptional({ description: 'The ODCS v3 contracts of its output ports, each a JSON object or YAML text.', example: [{ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'crm_customers_v1', version: '1.2.0' }], type: 'array', items: DOCUMENT_SCHEMA })
  @IsOptional()
  @IsArray()
  @IsDocument({ each: true })
  @OpaqueDocument()
  contracts?: DocumentInput[];

  @ApiPropertyOptional({ description: 'The version published before, for rules that compare (breaking changes).', type: PreviousVersionDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => PreviousVersionDto)
  previous?: PreviousVersionDto;

  @ApiPropertyOptional({ description: 'The catalog product this is about; when absent, `domain`, `name` and `version` of the product document are used for the record.', type: EvaluationSubjectDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvaluationSubjectDto)
  subject?: EvaluationSubjectDto;

  @ApiPropertyOptional({ description: 'Keep the outcome as a compliance sample of the product (the catalog’s publish gate sets it); only an evaluation that passes (no blocking violation) is kept, as a refused publish changes nothing.', example: true, default: false })
  @IsOptional()
  @IsBoolean()
  record?: boolean;
}

export class ViolationDto {
  @ApiProperty({ description: 'JSON pointer into the evaluation input (`/product/...`, `/contracts/0/...`).', example: '/contracts/0/schema/0/properties/2' })
  pointer!: string;

  @ApiProperty({ description: 'What is wrong.', example: 'Every property needs a description.' })
  message!: string;
}

export class PolicyResultDto {
  @ApiProperty({ description: 'Policy id.', example: 'product-has-owner' })
  policyId!: string;

  @ApiProperty({ description: 'Policy version evaluated.', example: 1 })
  version!: number;

  @ApiProperty({ description: 'Policy name.', example: 'Product has an owner' })
  name!: string;

  @ApiProperty({ description: 'Severity as declared.', enum: SEVERITIES, example: 'blocking' })
  severity!: Severity;

  @ApiProperty({ description: 'Severity as it counts now: a blocking policy in grace before its date counts as a warning.', enum: SEVERITIES, example: 'warning' })
  effectiveSeverity!: Severity;

  @ApiProperty({ description: 'State of the policy version.', enum: POLICY_STATES, example: 'grace' })
  state!: PolicyState;

  @ApiProperty({ description: 'pass, fail, not-applicable (out of scope or no element of the target) or error (the rule could not be evaluated).', enum: OUTCOMES, example: 'fail' })
  outcome!: PolicyOutcome;

  @ApiProperty({ description: 'Failures, at most 100.', type: [ViolationDto] })
  violations!: ViolationDto[];

  @ApiProperty({ description: 'Elements of the target kind evaluated.', example: 3 })
  evaluated!: number;
}

export class EvaluationResultDto {
  @ApiProperty({ description: 'One result per grace or enforced policy, sorted by policy id.', type: [PolicyResultDto] })
  results!: PolicyResultDto[];

  @ApiProperty({ description: 'Failing policies whose effective severity is blocking: any refuses a publish.', example: 0 })
  blocking!: number;

  @ApiProperty({ description: 'Failing policies whose effective severity is warning (blocking ones in grace included).', example: 1 })
  warnings!: number;

  @ApiProperty({ description: 'True when nothing blocks.', example: true })
  passed!: boolean;

  @ApiProperty({ description: 'Version of the policy bundle evaluated (GET /v1/bundle).', example: '3f7a9c0e5b1d2f4a6c8e0b2d4f6a8c0e1b3d5f7a9c0e2b4d6f8a0c2e4b6d8f0a' })
  bundleVersion!: string;

  @ApiProperty({ description: 'The instant grace periods were measured against.', example: '2026-02-01T10:30:00.000Z', format: 'date-time' })
  evaluatedAt!: string;

  @ApiProperty({ description: 'Whether a compliance sample was kept (`record: true` and passed).', example: false })
  recorded!: boolean;
}
