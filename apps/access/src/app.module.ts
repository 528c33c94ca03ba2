import { type DynamicModule, Module } from '@nestjs/common';
import { EventsModule, type PlatformConfig, PlatformModule } from '@meshwork/platform';
import { AccessRequestsController } from './access-requests/access-requests.controller';
import { AccessRequestsService } from './access-requests/access-requests.service';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuditController } from './audit/audit.controller';
import { AuditService } from './audit/audit.service';
import { RefusalsAudit } from './audit/refusals-audit';
import { BundlesController } from './bundles/bundles.controller';
import { BundlesService } from './bundles/bundles.service';
import { CatalogClient } from './catalog/catalog-client';
import { accessDatabase } from './database';
import { AccessView } from './decisions/access-view';
import { DecisionsController } from './decisions/decisions.controller';
import { DecisionsService } from './decisions/decisions.service';
import { ACCESS_FEED } from './events/access-feed';
import { GrantExpirySweep } from './events/grant-expiry.sweep';
import { GrantsController } from './grants/grants.controller';
import { GrantsService } from './grants/grants.service';
import { KeysController } from './keys/keys.controller';
import { SigningKeysService } from './keys/signing-keys.service';
import { PrincipalsController } from './principals/principals.controller';
import { PrincipalsService } from './principals/principals.service';
import { ACCESS_SETTINGS, type AccessSettings, loadAccessSettings } from './settings';
import { TeamsController } from './teams/teams.controller';
import { TeamsService } from './teams/teams.service';
import { TokensController } from './tokens/tokens.controller';

@Module({})
export class AppModule {
  /** Settings are read from the environment when not given, and only when the service starts. */
  static register(config: PlatformConfig, settings?: AccessSettings): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ config, database: accessDatabase }), EventsModule.forService(ACCESS_FEED)],
      controllers: [PrincipalsController, ApiKeysController, TeamsController, KeysController, TokensController, AccessRequestsController, GrantsController, DecisionsController, BundlesController, AuditController],
      providers: [
        { provide: ACCESS_SETTINGS, useFactory: () => settings ?? loadAccessSettings(config) },
        PrincipalsService,
        GrantExpirySweep,
        TeamsService,
        ApiKeysService,
        SigningKeysService,
        CatalogClient,
        AccessRequestsService,
        GrantsService,
        AccessView,
        DecisionsService,
        BundlesService,
        AuditService,
        RefusalsAudit,
      ],
    };
  }
}
