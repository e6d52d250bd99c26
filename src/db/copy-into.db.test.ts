import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/helpers/test-database.ts';
import type { DatabaseHandle } from './create-database.ts';
import { copyField, copyInto } from './copy-into.ts';
import type { Database } from './schema.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase({ migrate: false });
});
afterAll(() => handle.close());

const texts = ['обычный текст', 'таб\tвнутри', 'строка\nи ещё\r\nодна', 'обратная \\ черта, \\N как текст', ''];
const numbers = [0, -1.5, 1 / 3, 5e-324, 1.7976931348623157e308, -Infinity, Infinity, NaN, 123456789.12345679];

describe('COPY rows on the connection of a transaction', () => {
  it('writes text and numbers back exactly (COPY FROM STDIN on PostgreSQL, FROM a blob on PGlite)', async () => {
    const rows = texts.flatMap((t, i) => numbers.map((n, j) => ({ id: i * 100 + j, t: j === 3 ? null : t, n: i === 4 ? null : n })));
    await handle.db.transaction().execute(async (trx) => {
      await sql`create temp table copied (id int primary key, t text, n float8) on commit drop`.execute(trx);
      await copyInto(
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
      const back = await sql<{ id: number; t: string | null; n: number | null }>`select id, t, n from copied order by id`.execute(trx);
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

  it('works outside a transaction too, and a bad row fails the whole COPY with the database’s message, writing nothing', async () => {
    await sql`create table copy_plain (id int primary key, t text)`.execute(handle.db);
    await copyInto(handle.db, 'copy_plain' as keyof Database, ['id', 't'], ['1\tодин\n', '2\tдва\n']);
    await expect(copyInto(handle.db, 'copy_plain' as keyof Database, ['id', 't'], ['3\tтри\n', 'не число\tчетыре\n'])).rejects.toThrow(
      /integer/,
    );
    // the next statement without a blob is an ordinary one
    const { rows } = await sql<{ id: number; t: string }>`select id, t from copy_plain order by id`.execute(handle.db);
    expect(rows).toEqual([
      { id: 1, t: 'один' },
      { id: 2, t: 'два' },
    ]);
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
