import { LoginForm, Token } from '../models/auth.js';
import { UserPublic } from '../models/users.js';
import { messages } from '../services/messages.js';
import { defineRoute } from './route.js';

export const loginRoutes = [
  defineRoute({
    method: 'post',
    path: '/login/access-token',
    operationId: 'login-login_access_token',
    tags: ['login'],
    summary: 'Login Access Token',
    description: 'OAuth2 password flow: exchange an email (`username`) and password for a bearer access token.',
    auth: null,
    request: { form: LoginForm },
    response: { description: 'An access token', schema: Token },
    errors: {
      400: `${messages.incorrectLogin} / ${messages.inactiveUser}`,
      429: 'Too many failed attempts for this account or client address; see Retry-After',
    },
    handler: ({ form, deps, client }) => deps.services.auth.login(form.username, form.password, client.address),
  }),
  defineRoute({
    method: 'post',
    path: '/login/test-token',
    operationId: 'login-test_token',
    tags: ['login'],
    summary: 'Test Token',
    description: 'Returns the user the access token belongs to.',
    auth: 'user',
    response: { description: 'The current user', schema: UserPublic },
    handler: ({ actor }) => actor,
  }),
];
