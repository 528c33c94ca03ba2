import { Readable } from 'node:stream';
import { Body, Controller, Get, HttpCode, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@meshwork/authz';
import { Authorize, CurrentActor, PageOf, ValidationProblem } from '@meshwork/platform';
import { CurrentSource } from './audit-source';
import { AuditEventDto, AuditQueryDto, AuditVerificationDto } from './audit.dto';
import { LocalDecisionBatchDto, LocalDecisionReceiptDto, MAX_LOCAL_DECISIONS } from './local-decisions.dto';
import { toAuditEventDto } from './audit.mapper';
import { AuditService, type AuditSource, EXPORT_CAP } from './audit.service';

export const AuditEventPageDto = PageOf(AuditEventDto, 'AuditEventPageDto');

const WHO = 'Auditors, governance officers and platform admins.';

@ApiTags('audit')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('events')
  @Authorize('read', 'AuditEvent')
  @ApiOperation({ operationId: 'listAuditEvents', summary: 'List audit entries', description: `In chain order (oldest first). ${WHO}` })
  @ApiOkResponse({ type: AuditEventPageDto })
  @ValidationProblem()
  async listAuditEvents(@Query() query: AuditQueryDto) {
    const page = await this.audit.list(query);
    return { ...page, items: page.items.map(toAuditEventDto) };
  }

  @Get('events/export')
  @Authorize('read', 'AuditEvent')
  @ApiOperation({
    operationId: 'exportAuditEvents',
    summary: 'Export audit entries as NDJSON',
    description: `One audit entry (as in the list) per line, in chain order, with the list's filters; \`limit\`/\`offset\` are ignored. At most ${EXPORT_CAP} entries per export: narrow \`from\`/\`to\` for more. ${WHO}`,
  })
  @ApiProduces('application/x-ndjson')
  @ApiOkResponse({ description: 'Newline-delimited JSON, one AuditEventDto per line.', schema: { type: 'string', description: 'NDJSON text.', example: '{"sequence":1,"action":"team.create"}\n' } })
  @ValidationProblem()
  exportAuditEvents(@Query() query: AuditQueryDto): StreamableFile {
    const audit = this.audit;
    async function* lines(): AsyncGenerator<string> {
      for await (const entry of audit.export(query)) yield `${JSON.stringify(toAuditEventDto(entry))}\n`;
    }
    return new StreamableFile(Readable.from(lines()), { type: 'application/x-ndjson' });
  }

  @Post('local-decisions')
  @HttpCode(202)
  @Authorize('create', 'Decision')
  @ApiOperation({
    operationId: 'recordLocalDecisions',
    summary: 'Report decisions made locally by the SDK',
    description:
      `Up to ${MAX_LOCAL_DECISIONS} decisions the SDK's enforcer made in-process from a principal's bundle, taken into the audit log as \`decision\` entries with \`details.source\` \`local\`, the bundle's ETag and \`firstAt\`/\`lastAt\` as reported. ` +
      'Alike decisions (same caller, principal, resource, action, purpose, answer, grant and bundle) reported within a second become one entry whose `count` sums theirs. ' +
      'A principal reports its own decisions; platform admins (and the service tokens acting as one) those of anyone.',
  })
  @ApiAcceptedResponse({ type: LocalDecisionReceiptDto, description: 'Taken; written to the log within about a second (reading the log waits for it).' })
  @ValidationProblem()
  async recordLocalDecisions(@CurrentActor() actor: Actor, @Body() body: LocalDecisionBatchDto, @CurrentSource() source: AuditSource): Promise<LocalDecisionReceiptDto> {
    return { accepted: await this.audit.recordLocalDecisions(actor, body.decisions, source) };
  }

  @Get('verify')
  @Authorize('read', 'AuditEvent')
  @ApiOperation({
    operationId: 'verifyAuditChain',
    summary: 'Verify the audit chain',
    description: `Recomputes every hash in order and checks that no entry is missing, changed or out of place. ${WHO}`,
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  async verifyAuditChain(): Promise<AuditVerificationDto> {
    return this.audit.verify();
  }
}
