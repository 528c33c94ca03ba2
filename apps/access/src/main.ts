import 'reflect-metadata';
import { createServiceApp, loadPlatformConfig } from '@meshwork/platform';
import { AppModule } from './app.module';
import { ACCESS_DEFAULTS, ACCESS_OPENAPI } from './service';
import { loadAccessSettings } from './settings';

async function bootstrap(): Promise<void> {
  const config = loadPlatformConfig(ACCESS_DEFAULTS);
  const settings = loadAccessSettings(config);
  const app = await createServiceApp(AppModule.register(config, settings), { config, openApi: ACCESS_OPENAPI });
  await app.listen({ port: config.port, host: config.host });
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`access failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
