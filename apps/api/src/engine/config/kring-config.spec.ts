import { ConfigError, loadConfig } from './kring-config';

describe('loadConfig', () => {
  it('uses defaults for an empty environment', () => {
    const config = loadConfig({}, '/srv/kring');
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir).toBe('/srv/kring/data');
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.passwordHashCost).toBe('standard');
  });

  it('hashes chosen passwords at the standard cost whatever the environment says', () => {
    for (const env of [
      { PASSWORD_HASH_COST: 'light' },
      { NODE_ENV: 'test', PASSWORD_HASH_COST: 'light' },
      { KRING_PASSWORD_HASH_COST: 'light' },
    ]) {
      expect(loadConfig(env).passwordHashCost).toBe('standard');
    }
  });

  it.each([
    [{ PORT: 'abc' }, /PORT="abc"/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://x@y/z' }, /postgres/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL/],
    [{ REDIS_URL: 'http://cache:6379' }, /redis:/],
  ])('refuses %p with one readable line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('accepts a PostgreSQL URL and a data directory', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kring', KRING_DATA_DIR: '/var/kring', PORT: '8080' });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/kring');
    expect(config.dataDir).toBe('/var/kring');
    expect(config.publicUrl).toBe('http://localhost:8080');
  });

  it('takes REDIS_URL for the live-event bus between instances', () => {
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/0' }).redisUrl).toBe('redis://cache:6379/0');
    expect(loadConfig({ REDIS_URL: 'rediss://user:secret@cache:6380' }).redisUrl).toBe('rediss://user:secret@cache:6380');
  });
});
