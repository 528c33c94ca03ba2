import { Module } from '@nestjs/common';
import { ProductHealthService } from '../health/product-health.service';
import { ProfilesController } from '../profiles/profiles.controller';
import { ProfilesService } from '../profiles/profiles.service';
import { PortContexts } from './port-context';
import { QualityController } from './quality.controller';
import { QualityService } from './quality.service';

/** Column profiles and quality results of output ports, and the product page's health that gathers them with the other services' figures. */
@Module({
  controllers: [ProfilesController, QualityController],
  providers: [PortContexts, QualityService, ProfilesService, ProductHealthService],
  exports: [ProfilesService, ProductHealthService],
})
export class QualityModule {}
