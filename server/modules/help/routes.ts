import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorResponse, listOf } from '../../../contracts/common';
import { HelpDoc, HelpDocSummary, HelpSlugParams } from '../../../contracts/help';
import { notFound } from '../../lib/app-error';
import { findDoc, loadDocs } from './docs-catalog';
import type { ParsedDoc } from './parse-doc';

const tags = ['Help'];

const toSummary = (doc: ParsedDoc): HelpDocSummary => ({
  slug: doc.slug,
  title: doc.title,
  summary: doc.summary,
  sections: doc.sections.map(({ id, title }) => ({ id, title })),
});

export const helpRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/help/docs',
    {
      schema: {
        tags,
        summary: 'The help pages in reading order, with their sections',
        response: { 200: listOf(HelpDocSummary) },
      },
    },
    async () => ({ items: loadDocs().map(toSummary) }),
  );

  app.get(
    '/help/docs/:slug',
    {
      schema: {
        tags,
        summary: 'One help page as Markdown',
        params: HelpSlugParams,
        response: { 200: HelpDoc, 404: ErrorResponse },
      },
    },
    async (request) => {
      const doc = findDoc(request.params.slug);
      if (!doc) throw notFound('Help page');
      return { ...toSummary(doc), markdown: doc.markdown };
    },
  );
};
