import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { ensureDemoAccount } from './db/seed';
import { ensureWebClientBuilt } from './web-build';

async function main() {
  const config = loadConfig();
  if (!['true', '1'].includes(process.env.SKIP_WEB_BUILD ?? '')) await ensureWebClientBuilt();
  const database = await openDatabase(config);
  await database.migrate();
  const app = await buildApp({ db: database.db, databaseDriver: database.driver, config });

  const demo = await ensureDemoAccount(database.db);
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`\nCallCenter Pro is running at http://localhost:${config.port} (database: ${where})`);
  if (demo) {
    console.log('\nA demo account was created. Sign in with:');
    console.log(`  email:    ${demo.email}`);
    console.log(`  password: ${demo.password}`);
    console.log('This password is shown only once.\n');
  }

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
