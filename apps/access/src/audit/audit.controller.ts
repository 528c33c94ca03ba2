import { Readable } from 'node:stream';
import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authorize, PageOf, ValidationProblem } from '@meshwork/platform';
import { AuditEventDto, AuditQueryDto, AuditVerificationDto } from './audit.dto';
import { toAuditEventDto } from './audit.mapper';
import { AuditService, EXPORT_CAP } from './audit.service';

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
