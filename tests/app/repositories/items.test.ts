import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityManager, openDatabase, type Orm } from '../../../app/core/db.js';
import { silentLogger } from '../../../app/core/logger.js';
import { ItemsRepository } from '../../../app/repositories/items.js';
import { UsersRepository } from '../../../app/repositories/users.js';
import { TRICKY_TEXTS } from '../../support/tricky-text.js';

/** Below the API's rules: whatever text reaches the repositories is stored and found exactly. */
describe('items repository', () => {
  let orm: Orm;
  let ownerId: string;
  const repository = () => new ItemsRepository(entityManager(orm));
  beforeAll(async () => {
    orm = await openDatabase({ kind: 'memory' }, silentLogger);
    const owner = { email: 'owner@example.com', hashedPassword: 'x', fullName: null, isActive: true, isSuperuser: false };
    ownerId = (await new UsersRepository(entityManager(orm)).insert(owner)).id;
  });
  afterAll(() => orm.close(true));

  // Text the API refuses still round-trips here: the binding, not the validation, keeps SQL safe.
  const texts = { ...TRICKY_TEXTS, 'a NUL': 'a\u0000b', 'control characters': '\u0001\u001b[31m\u007f' };

  it.each(Object.entries(texts))('stores, updates and finds %s exactly', async (_name, text) => {
    const created = await repository().insert({ title: text, description: text, ownerId });
    const editing = repository();
    const found = await editing.findById(created.id);
    expect([found?.title, found?.description]).toEqual([text, text]);
    await editing.update(found!, { title: `${text}!`, description: `!${text}` });
    const again = await repository().findById(created.id);
    expect([again?.title, again?.description]).toEqual([`${text}!`, `!${text}`]);
    const { items } = await repository().search({ kind: 'owned-by', ownerId }, { skip: 0, limit: 100, search: `${text}!`, descending: false });
    expect(items.map((item) => item.id)).toEqual([created.id]);
  });
});
