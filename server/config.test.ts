import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_ANTHROPIC_MODEL, loadConfig } from './config';

const dataDir = () => mkdtempSync(path.join(tmpdir(), 'ccp-config-'));

describe('configuration', () => {
  it('names every bad value at once', () => {
    expect(() =>
      loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'not a url' }),
    ).toThrow(ConfigError);
    try {
      loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty', DATABASE_URL: 'mysql://x', PUBLIC_URL: 'not a url' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL');
      expect(message).toContain('PUBLIC_URL');
    }
  });

  it('generates a session secret once and keeps it under DATA_DIR', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir });
    const second = loadConfig({ DATA_DIR: dir });
    expect(first.sessionSecret).toHaveLength(64);
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(first.sessionSecret);
    expect(first.publicUrl).toBe('http://localhost:5000');
  });

  it('runs the help assistant offline without an Anthropic key, on a current Sonnet with one', () => {
    const offline = loadConfig({ DATA_DIR: dataDir() });
    expect(offline.assistant).toMatchObject({ anthropicApiKey: undefined, model: DEFAULT_ANTHROPIC_MODEL });
    const online = loadConfig({
      DATA_DIR: dataDir(),
      ANTHROPIC_API_KEY: 'sk-ant-x',
      ANTHROPIC_MODEL: 'claude-other',
      ANTHROPIC_BASE_URL: 'http://127.0.0.1:9',
    });
    expect(online.assistant).toMatchObject({
      anthropicApiKey: 'sk-ant-x',
      model: 'claude-other',
      anthropicBaseUrl: 'http://127.0.0.1:9',
    });
    expect(() => loadConfig({ DATA_DIR: dataDir(), ANTHROPIC_BASE_URL: 'nope' })).toThrow(
      /ANTHROPIC_BASE_URL/,
    );
  });
});
