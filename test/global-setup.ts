import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../server/db/client';
import { adminQuery, databaseUrlFor } from './postgres-admin';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
  }
}

/**
 * Migrates once per run: a PGlite dump every test file loads in well under a second, or a
 * PostgreSQL template database every test file clones with CREATE DATABASE … TEMPLATE.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const template = `ccp_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
    const handle = await openPostgres(databaseUrlFor(serverUrl, template), 1);
    await handle.migrate();
    await handle.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplatePath', '');
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const handle = await openPglite();
  await handle.migrate();
  const dump = await handle.dump!();
  await handle.close();
  const dir = path.resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pglite-template-${process.pid}.tar`);
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplatePath', file);
  project.provide('postgresTemplate', '');
}
