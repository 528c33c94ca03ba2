import { type DynamicModule, Module } from '@nestjs/common';
import { type PlatformConfig, PlatformModule } from '@meshwork/platform';
import { accessDatabase } from './database';
import { PrincipalsController } from './principals/principals.controller';
import { PrincipalsService } from './principals/principals.service';
import { TeamsController } from './teams/teams.controller';
import { TeamsService } from './teams/teams.service';

@Module({})
export class AppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ config, database: accessDatabase })],
      controllers: [PrincipalsController, TeamsController],
      providers: [PrincipalsService, TeamsService],
    };
  }
}
