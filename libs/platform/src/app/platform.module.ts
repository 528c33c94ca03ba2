import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AccessControl } from '../auth/access-control';
import { AuthGuard } from '../auth/auth.guard';
import { TokenVerifier } from '../auth/token-verifier';
import { tokenVerifierFor } from '../auth/token-verifier-for';
import { PLATFORM_CONFIG, type PlatformConfig } from '../config/config';
import { openDatabase, type ServiceDatabase } from '../database/database';
import { ProblemFilter } from '../errors/problem.filter';
import { HealthController } from '../health/health.controller';
import { StrictValidationPipe } from '../http/validation.pipe';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor';
import { IdempotencyStore } from '../idempotency/idempotency.store';
import { loggerParams } from '../logging/logger';
import { RateLimiter } from '../rate-limit/rate-limiter';

export interface PlatformModuleOptions {
  config: PlatformConfig;
  database: ServiceDatabase;
}

@Injectable()
class DatabaseShutdown implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** Everything a Meshwork service needs around its features: config, database, auth, errors, idempotency keys, health, logs. */
@Module({})
export class PlatformModule {
  static forService(options: PlatformModuleOptions): DynamicModule {
    const { config, database } = options;
    return {
      module: PlatformModule,
      global: true,
      imports: [LoggerModule.forRoot(loggerParams(config))],
      controllers: [HealthController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: DataSource, useFactory: () => openDatabase(config.databaseUrl, database, `meshwork-${config.serviceName}`, config.databasePoolSize) },
        { provide: TokenVerifier, useFactory: () => tokenVerifierFor(config) },
        AccessControl,
        RateLimiter,
        DatabaseShutdown,
        { provide: IdempotencyStore, useFactory: (dataSource: DataSource) => new IdempotencyStore(dataSource, database.schema, config.idempotencyLockSeconds), inject: [DataSource] },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: StrictValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
      exports: [PLATFORM_CONFIG, DataSource, TokenVerifier, AccessControl, IdempotencyStore, RateLimiter],
    };
  }
}
