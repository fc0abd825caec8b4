import { z } from 'zod';
import { queryInt } from '../../openapi/schemas.js';

export const Message = z
  .object({ message: z.string() })
  .meta({ id: 'Message', examples: [{ message: 'Item deleted successfully' }] });
export type Message = z.infer<typeof Message>;

export const Pagination = z.object({
  skip: queryInt(z.int().min(0)).default(0).meta({ description: 'How many records to skip', example: 0 }),
  limit: queryInt(z.int().min(0).max(1000)).default(100).meta({ description: 'How many records to return', example: 100 }),
});
export type Pagination = z.infer<typeof Pagination>;

const uuid = (description: string) => z.uuid().meta({ description, example: '3fa85f64-5717-4562-b3fc-2c963f66afa6' });

export const UserIdParams = z.object({ user_id: uuid('The user id') });
export const ItemIdParams = z.object({ id: uuid('The item id') });
