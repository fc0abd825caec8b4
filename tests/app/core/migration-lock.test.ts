import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../app/core/db.js';
import { migrations } from '../../../app/migrations/index.js';
import { recordingLogger } from '../../support/logger.js';
import { postgresAdminUrl, postgresTestDatabase } from '../../support/database.js';

const adminUrl = postgresAdminUrl();

describe.skipIf(!adminUrl)('migrations when several processes start at once on PostgreSQL', () => {
  it('are applied by exactly one of them; the others wait, then find nothing pending', async () => {
    const location = await postgresTestDatabase(adminUrl as string);
    const logs = Array.from({ length: 6 }, () => recordingLogger());
    // Each openDatabase has its own pool and lock connection, as a separate process would.
    const orms = await Promise.all(logs.map((logger) => openDatabase(location, logger)));
    try {
      const applied = logs.flatMap((logger) => logger.records).filter((record) => record.message.startsWith('applied'));
      expect(applied.map((record) => record.message)).toEqual([`applied ${migrations.length} database migration(s)`]);
      const connection = orms[0]!.em.getConnection();
      expect(await connection.execute('select name from mikro_orm_migrations order by id')).toEqual(migrations.map((m) => ({ name: m.name })));
      // Every process let go of the lock once its migrations were done.
      expect(await connection.execute("select count(*)::int as held from pg_locks where locktype = 'advisory'")).toEqual([{ held: 0 }]);
    } finally {
      await Promise.all(orms.map((orm) => orm.close(true)));
    }
  });
});
