import type { FastifyPluginAsync } from 'fastify';
import {
  CreateTrackingTagInput,
  TrackingTag,
  UpdateTrackingTagInput,
} from '../../../contracts/tracking-tags';
import { registerCrudRoutes } from '../../lib/crud-routes';
import { trackingTagService } from './service';

export const trackingTagRoutes: FastifyPluginAsync = async (app) => {
  registerCrudRoutes(app, {
    path: '/tracking-tags',
    tag: 'DNI',
    noun: 'tracking tag',
    item: TrackingTag,
    create: CreateTrackingTagInput,
    update: UpdateTrackingTagInput,
    service: trackingTagService(app.config.publicUrl),
  });
};
