import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { mountUi, PageRegistry, stopServer } from '../framework/index.js';
import { docsRouter } from '../openapi/docs.js';
import { apiRouter } from './api/router.js';
import { cors } from './api/cors.js';
import { buildApiDocument } from './api/document.js';
import { errorHandler, notFoundHandler } from './api/errors.js';
import { API_PREFIX } from './api/route.js';
import type { Settings } from './core/config.js';
import { openDatabase, type Orm } from './core/db.js';
import { consoleLogger, type Logger } from './core/logger.js';
import { resolveSecretKey } from './core/secret.js';
import { createPasswordHasher } from './core/security/passwords.js';
import { createTokenIssuer } from './core/security/tokens.js';
import type { ChangeBus } from './services/bus.js';
import { createServices, type Services } from './services/index.js';
import { openSharedState } from './shared-state.js';
import { registerPages } from './ui/index.js';

export interface KiteApp {
  app: express.Express;
  /** The HTTP server (not listening yet): the REST API, the docs and the admin screens with their websocket. */
  server: Server;
  /** The admin screens, for simulated-user tests. */
  pages: PageRegistry;
  services: Services;
  bus: ChangeBus;
  orm: Orm;
  /**
   * Stops the HTTP server if it listens (tabs are told the server restarts; requests in flight get
   * `graceMs`, default 5 s), then closes the screens, the database and the Redis connections.
   */
  close(graceMs?: number): Promise<void>;
}

export interface CreateAppOptions {
  logger?: Logger;
  /** Replaces the bus chosen from the settings (in-memory, or Redis with `REDIS_URL`); the caller closes it. */
  bus?: ChangeBus;
}

/** The composition root: database (migrated), first superuser, services, REST API, docs, error handling. */
export async function createApp(settings: Settings, options: CreateAppOptions = {}): Promise<KiteApp> {
  const logger = options.logger ?? consoleLogger;
  const secretKey = await resolveSecretKey(settings, logger);
  const orm = await openDatabase(settings.database, logger);
  const shared = await openSharedState(settings, logger, options.bus).catch(async (error: unknown) => {
    await orm.close(true);
    throw error;
  });
  const { bus, throttle } = shared;
  const services = createServices({
    orm,
    bus,
    passwords: createPasswordHasher(settings.bcryptCost),
    tokens: createTokenIssuer(secretKey, settings.accessTokenExpireMinutes),
    throttle,
    openRegistration: settings.openRegistration,
  });
  try {
    if (await services.users.ensureSuperuser(settings.firstSuperuser, settings.firstSuperuserPassword)) {
      logger.info(`created the first superuser ${settings.firstSuperuser}`);
    }
  } catch (error) {
    await Promise.all([orm.close(true), shared.close()]);
    throw error;
  }

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', settings.trustProxy);
  app.use(cors(settings.corsOrigins));
  app.use(API_PREFIX, apiRouter(orm, services));
  app.use(docsRouter({ document: buildApiDocument(), title: 'Kite' }));
  const server = createServer(app);
  const pages = new PageRegistry();
  registerPages(pages, { services, bus });
  const ui = mountUi(app, server, {
    pages,
    logger,
    dev: settings.env !== 'production',
    // Sign-ins live in the UI's user storage: keep it beside the database, or in memory with it.
    storageDir: settings.database.kind === 'memory' ? false : join(settings.dataDir, 'ui'),
  });
  // Whatever no route, page or asset answered: a JSON 404 like the API's, not Express's HTML page.
  app.use(notFoundHandler);
  app.use(errorHandler(logger));

  return {
    app,
    server,
    pages,
    services,
    bus,
    orm,
    close: async (graceMs) => {
      await stopServer(server, ui, graceMs);
      // After the server: requests that were still running may have published changes.
      await Promise.all([orm.close(true), shared.close()]);
    },
  };
}
