import { Controller, Get, HttpCode } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/authorize.decorator';
import { DATABASE_RETRY_AFTER_SECONDS } from '../database/unavailable';
import { PlatformError, PlatformErrorCode } from '../errors/domain-error';
import { ProblemResponseDto } from '../errors/problem.dto';

export class HealthDto {
  @ApiProperty({ description: 'Overall state.', enum: ['ok'], example: 'ok' })
  status!: 'ok';

  @ApiProperty({ description: 'Per dependency state, for readiness.', example: { database: 'ok' }, type: 'object', additionalProperties: { type: 'string' } })
  checks!: Record<string, string>;
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process is up', description: 'Does not touch the database: stays 200 while the database is away, so an orchestrator does not restart a service that will recover by itself.' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok', checks: {} };
  }

  @Get('ready')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: the service can reach its database',
    description: 'Answers within the database connect timeout (5 s): 503 while the database is away, 200 again once it is back, without a restart.',
  })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'The database is unreachable (with Retry-After).', type: ProblemResponseDto })
  async ready(): Promise<HealthDto> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch (error) {
      throw new PlatformError(PlatformErrorCode.UNAVAILABLE, `Database check failed: ${(error as Error).message}`, undefined, { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) });
    }
    return { status: 'ok', checks: { database: 'ok' } };
  }
}
