import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { EventsModule, type PlatformConfig, PlatformModule } from '@meshwork/platform';
import { governanceDatabase } from './database';
import { GOVERNANCE_FEED } from './events/governance-feed';
import { GLOSSARY_CONTROLLERS, GLOSSARY_PROVIDERS } from './glossary';
import { POLICY_CONTROLLERS, POLICY_PROVIDERS } from './policies';

@Module({})
export class AppModule {
  static register(config: PlatformConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ config, database: governanceDatabase }), EventsModule.forService(GOVERNANCE_FEED)],
      controllers: [...POLICY_CONTROLLERS, ...GLOSSARY_CONTROLLERS] as Type[],
      providers: [...POLICY_PROVIDERS, ...GLOSSARY_PROVIDERS] as Type[],
    };
  }
}
