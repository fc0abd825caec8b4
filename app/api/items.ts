import { ItemIdParams, Message, Pagination } from '../models/common.js';
import { ItemCreate, ItemPublic, ItemsPublic, ItemUpdate } from '../models/items.js';
import { messages } from '../services/messages.js';
import { defineRoute } from './route.js';

const tags = ['items'];
const itemErrors = { 403: messages.itemForbidden, 404: messages.itemNotFound };

export const itemsRoutes = [
  defineRoute({
    method: 'get',
    path: '/items/',
    operationId: 'items-read_items',
    tags,
    summary: 'Read Items',
    description: "The current user's items, newest first; superusers see everyone's.",
    auth: 'user',
    request: { query: Pagination },
    response: { description: 'A page of items and the total count', schema: ItemsPublic },
    handler: ({ actor, query, deps }) => deps.services.items.list(actor, query),
  }),
  defineRoute({
    method: 'post',
    path: '/items/',
    operationId: 'items-create_item',
    tags,
    summary: 'Create Item',
    auth: 'user',
    request: { body: ItemCreate },
    response: { description: 'The new item, owned by the current user', schema: ItemPublic },
    handler: ({ actor, body, deps }) => deps.services.items.create(actor, body),
  }),
  defineRoute({
    method: 'get',
    path: '/items/{id}',
    operationId: 'items-read_item',
    tags,
    summary: 'Read Item',
    auth: 'user',
    request: { params: ItemIdParams },
    response: { description: 'The item', schema: ItemPublic },
    errors: itemErrors,
    handler: ({ actor, params, deps }) => deps.services.items.get(actor, params.id),
  }),
  defineRoute({
    method: 'put',
    path: '/items/{id}',
    operationId: 'items-update_item',
    tags,
    summary: 'Update Item',
    description: 'Fields left out keep their value.',
    auth: 'user',
    request: { params: ItemIdParams, body: ItemUpdate },
    response: { description: 'The updated item', schema: ItemPublic },
    errors: itemErrors,
    handler: ({ actor, params, body, deps }) => deps.services.items.update(actor, params.id, body),
  }),
  defineRoute({
    method: 'delete',
    path: '/items/{id}',
    operationId: 'items-delete_item',
    tags,
    summary: 'Delete Item',
    auth: 'user',
    request: { params: ItemIdParams },
    response: { description: 'Confirmation', schema: Message },
    errors: itemErrors,
    handler: ({ actor, params, deps }) => deps.services.items.delete(actor, params.id),
  }),
];
