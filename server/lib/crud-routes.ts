import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ErrorResponse, IdParams, listOf } from '../../contracts/common';
import type { Database } from '../db/client';
import { authOf } from '../plugins/auth';

export type CrudService<Item, CreateInput, UpdateInput> = {
  list(db: Database, accountId: string): Promise<Item[]>;
  get(db: Database, accountId: string, id: string): Promise<Item>;
  create(db: Database, accountId: string, input: CreateInput): Promise<Item>;
  update(db: Database, accountId: string, id: string, input: UpdateInput): Promise<Item>;
  remove(db: Database, accountId: string, id: string): Promise<void>;
};

/**
 * The five account-scoped routes every managed object has (list, read, create, update, delete),
 * with their schemas in the OpenAPI document. Thin: each calls one service function.
 */
export function registerCrudRoutes<
  Item extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
>(
  instance: FastifyInstance,
  options: {
    path: string;
    tag: string;
    noun: string;
    item: Item;
    create: Create;
    update: Update;
    service: CrudService<z.output<Item>, z.output<Create>, z.output<Update>>;
  },
) {
  // Generic schemas defeat the type provider's inference; validation still runs from the schemas.
  const app = instance;
  const idOf = (request: { params: unknown }) => (request.params as z.output<typeof IdParams>).id;
  const { path, noun, service } = options;
  const tags = [options.tag];
  const itemPath = `${path}/:id`;
  const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

  app.get(
    path,
    { schema: { tags, summary: `List ${noun}s`, response: { 200: listOf(options.item) } } },
    async (request) => ({
      items: await service.list(app.db, authOf(request).accountId),
    }),
  );

  app.get(
    itemPath,
    {
      schema: {
        tags,
        summary: `Get a ${noun}`,
        params: IdParams,
        response: { 200: options.item, 404: ErrorResponse },
      },
    },
    async (request) => service.get(app.db, authOf(request).accountId, idOf(request)),
  );

  app.post(
    path,
    {
      schema: {
        tags,
        summary: `Create a ${noun}`,
        body: options.create,
        response: { 201: options.item, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.create(app.db, authOf(request).accountId, request.body as z.output<Create>)),
  );

  app.patch(
    itemPath,
    {
      schema: {
        tags,
        summary: `Change a ${noun}`,
        params: IdParams,
        body: options.update,
        response: { 200: options.item, ...errors },
      },
    },
    async (request) =>
      service.update(app.db, authOf(request).accountId, idOf(request), request.body as z.output<Update>),
  );

  app.delete(
    itemPath,
    {
      schema: { tags, summary: `Delete a ${noun}`, params: IdParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await service.remove(app.db, authOf(request).accountId, idOf(request));
      return reply.status(204).send(null);
    },
  );
}
