import { AuthService } from './auth.js';
import type { ServiceContext } from './context.js';
import { ItemsService } from './items.js';
import { UsersService } from './users.js';

/** The app's use cases; the REST API and the UI both call these (with an actor), never repositories. */
export interface Services {
  auth: AuthService;
  users: UsersService;
  items: ItemsService;
}

export function createServices(ctx: ServiceContext): Services {
  return { auth: new AuthService(ctx), users: new UsersService(ctx), items: new ItemsService(ctx) };
}
