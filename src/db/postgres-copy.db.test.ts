import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_KIND } from '../../test/helpers/test-database.ts';
import type { DatabaseHandle } from './create-database.ts';
import { copyField, copyInto } from './postgres-copy.ts';
import type { Database } from './schema.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ migrate: false });
});
afterAll(() => handle.close());

const texts = ['обычный текст', 'таб\tвнутри', 'строка\nи ещё\r\nодна', 'обратная \\ черта, \\N как текст', ''];
const numbers = [0, -1.5, 1 / 3, 5e-324, 1.7976931348623157e308, -Infinity, Infinity, NaN, 123456789.12345679];

describe('COPY rows on the connection of a transaction', () => {
  it('writes text and numbers back exactly on PostgreSQL; on PGlite it writes nothing and says so', async () => {
    const rows = texts.flatMap((t, i) => numbers.map((n, j) => ({ id: i * 100 + j, t: j === 3 ? null : t, n: i === 4 ? null : n })));
    await handle.db.transaction().execute(async (trx) => {
      await sql`create temp table copied (id int primary key, t text, n float8) on commit drop`.execute(trx);
      const copied = await copyInto(
        trx,
        'copied' as keyof Database,
        ['id', 't', 'n'],
        [
          rows
            .slice(0, 20)
            .map((r) => `${r.id}\t${copyField(r.t)}\t${copyField(r.n)}\n`)
            .join(''),
          rows
            .slice(20)
            .map((r) => `${r.id}\t${copyField(r.t)}\t${copyField(r.n)}\n`)
            .join(''),
        ],
      );
      expect(copied).toBe(TEST_DATABASE_KIND === 'postgres');
      const back = await sql<{ id: number; t: string | null; n: number | null }>`select id, t, n from copied order by id`.execute(trx);
      if (!copied) {
        expect(back.rows).toEqual([]);
        return;
      }
      expect(back.rows).toEqual(rows);
    });
  });

  it('is part of the transaction: rolled back with it', async () => {
    await sql`create table copy_rollback (id int)`.execute(handle.db);
    await handle.db
      .transaction()
      .execute(async (trx) => {
        await copyInto(trx, 'copy_rollback' as keyof Database, ['id'], ['1\n2\n']);
        await sql`insert into copy_rollback values (3)`.execute(trx);
        throw new Error('abandon');
      })
      .catch(() => undefined);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from copy_rollback`.execute(handle.db);
    expect(rows[0]?.n).toBe(0);
  });
});

describe('copyField', () => {
  it('escapes what COPY’s text format reads specially and writes null as \\N', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField(-0.5)).toBe('-0.5');
    expect(copyField(NaN)).toBe('NaN');
    expect(copyField(-Infinity)).toBe('-Infinity');
  });
});
