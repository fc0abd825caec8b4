import { itemsRoutes } from './items.js';
import { loginRoutes } from './login.js';
import { usersRoutes } from './users.js';
import { utilsRoutes } from './utils.js';

/** Every REST route, in matching order (`/users/me` before `/users/{user_id}`). */
export const apiRoutes = [...loginRoutes, ...usersRoutes, ...itemsRoutes, ...utilsRoutes];
