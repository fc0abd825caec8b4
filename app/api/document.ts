import { buildOpenApiDocument, type OpenApiDocument } from '../../openapi/document.js';
import { messages } from '../services/messages.js';
import { API_PREFIX } from './route.js';
import { apiRoutes } from './routes.js';

/** Bumped by hand when the REST contract changes. */
const API_VERSION = '0.1.0';

/** The app's OpenAPI document; deterministic, so the committed openapi/openapi.json can be checked for staleness. */
export function buildApiDocument(): OpenApiDocument {
  return buildOpenApiDocument(apiRoutes, {
    info: {
      title: 'Kite',
      version: API_VERSION,
      description: 'REST API of the Kite admin app: users, their items, and OAuth2 password login.',
    },
    pathPrefix: API_PREFIX,
    tags: [
      { name: 'login', description: 'Access tokens (OAuth2 password flow)' },
      { name: 'users', description: 'Accounts: self-service and administration' },
      { name: 'items', description: 'Items owned by users' },
      { name: 'utils', description: 'Operational endpoints' },
    ],
    security: {
      schemeName: 'OAuth2PasswordBearer',
      tokenUrl: `${API_PREFIX}/login/access-token`,
      errors: {
        400: messages.inactiveUser,
        401: messages.notAuthenticated,
        403: messages.invalidCredentials,
        404: `${messages.userNotFound} (the token's user no longer exists)`,
      },
    },
  });
}
