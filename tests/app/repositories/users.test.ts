import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { UsersRepository } from '../../../app/repositories/users.js';
import { edited, storesNul, testDatabaseLocation } from '../../support/database.js';
import { TRICKY_TEXTS } from '../../support/tricky-text.js';

const location = await testDatabaseLocation();

/** Below the API's rules: whatever text reaches the repository is stored and found exactly. */
describe('users repository', () => {
  let orm: Orm;
  const repository = () => new UsersRepository(entityManager(orm));
  beforeAll(async () => {
    orm = await openDatabase(location, silentLogger);
  });
  afterAll(() => orm.close(true));

  const texts = { ...TRICKY_TEXTS, ...(storesNul(location) ? { 'a NUL': 'a\u0000b' } : {}) };

  it.each(Object.entries(texts))('stores and updates a full name with %s, found by an email with a quote', async (_name, text) => {
    const email = `o'brien+${crypto.randomUUID()}@example.com`;
    await repository().insert({ email, hashedPassword: 'x', fullName: text, isActive: true, isSuperuser: false });
    const editing = repository();
    const found = await editing.findByEmail(email);
    expect(found?.fullName).toBe(text);
    await editing.update(found!, { fullName: edited(text) });
    expect((await repository().findById(found!.id))?.fullName).toBe(edited(text));
  });
});
