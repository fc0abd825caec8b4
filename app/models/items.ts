import { z } from 'zod';
import { storableText, textWithin } from './common.js';

const title = storableText({ min: 1, max: 255 });
const description = storableText({ max: 255, multiline: true }).nullable();
/** What comes back is checked for length only: a row stored before a content rule existed still lists. */
const publicTitle = textWithin({ min: 1, max: 255 });
const publicDescription = textWithin({ max: 255 }).nullable();

const exampleItem = {
  id: '1c6e6b4e-5c1a-4d8e-9a43-6a3f0f2b7d10',
  title: 'Quarterly report',
  description: 'Numbers for Q3',
  owner_id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  created_at: '2026-01-01T12:00:00.000Z',
};

export const ItemCreate = z
  .object({ title, description: description.optional() })
  .meta({ id: 'ItemCreate', examples: [{ title: 'Quarterly report', description: 'Numbers for Q3' }] });
export type ItemCreate = z.infer<typeof ItemCreate>;

/** Partial update (PUT with upstream's semantics): absent fields stay as they are. */
export const ItemUpdate = z
  .object({ title: title.optional(), description: description.optional() })
  .meta({ id: 'ItemUpdate', examples: [{ title: 'Quarterly report (final)' }] });
export type ItemUpdate = z.infer<typeof ItemUpdate>;

export const ItemPublic = z
  .object({ id: z.uuid(), title: publicTitle, description: publicDescription, owner_id: z.uuid(), created_at: z.iso.datetime() })
  .meta({ id: 'ItemPublic', examples: [exampleItem] });
export type ItemPublic = z.infer<typeof ItemPublic>;

export const ItemsPublic = z
  .object({ data: z.array(ItemPublic), count: z.int().min(0) })
  .meta({ id: 'ItemsPublic', examples: [{ data: [exampleItem], count: 1 }] });
export type ItemsPublic = z.infer<typeof ItemsPublic>;
