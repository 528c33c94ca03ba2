import 'reflect-metadata';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import { AppModule } from './app.module';
import { SLA_DEFAULTS, SLA_OPENAPI } from './service';

async function bootstrap(): Promise<void> {
  const config = loadPlatformConfig(SLA_DEFAULTS);
  const app = await createServiceApp(AppModule.register(config), { config, openApi: SLA_OPENAPI });
  await app.listen({ port: config.port, host: config.host });
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`sla failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
