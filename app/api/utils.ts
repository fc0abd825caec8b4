import { z } from 'zod';
import { defineRoute } from './route.js';

export const utilsRoutes = [
  defineRoute({
    method: 'get',
    path: '/utils/health-check/',
    operationId: 'utils-health_check',
    tags: ['utils'],
    summary: 'Health Check',
    auth: null,
    response: { description: 'The server is up', schema: z.literal(true).meta({ example: true }) },
    handler: () => true as const,
  }),
];
