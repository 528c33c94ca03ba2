import type { Params } from 'nestjs-pino';
import type { PlatformConfig } from '../config/config';
import { requestIdFor } from './request-id';

/** JSON logs with a request id on every line; secrets never logged. */
export function loggerParams(config: PlatformConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      base: { service: config.serviceName },
      genReqId: requestIdFor,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
    },
  };
}
