import { RequestContext } from '@mikro-orm/sqlite';
import express from 'express';
import { routesToRouter } from '../../openapi/express.js';
import type { Orm } from '../core/db.js';
import type { Services } from '../services/index.js';
import { bearerAuthenticator } from './auth.js';
import { notFoundHandler } from './errors.js';
import { JSON_ANSWER_HEADERS } from './headers.js';
import { apiRoutes } from './routes.js';

/** The REST API, to be mounted at API_PREFIX. Each request gets its own EntityManager fork. */
export function apiRouter(orm: Orm, services: Services): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set(JSON_ANSWER_HEADERS);
    RequestContext.create(orm.em, next);
  });
  router.use(routesToRouter(apiRoutes, { authenticate: bearerAuthenticator(services), deps: { services } }));
  router.use(notFoundHandler);
  return router;
}
