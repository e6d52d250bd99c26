import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { MGMT_EDUCATION_DIRECTIONS } from '../../domain/personnel/personnel.ts';
import { isWithinScope } from '../../domain/org/org-path.ts';
import { quoteInput } from '../../domain/validation/quote-input.ts';
import { AppError, type AppErrorDetail } from '../app-error.ts';
import { parseDate } from '../catalogues/workbook-cells.ts';

/** Collects what is wrong with a form of the register, field by field, and refuses it whole. */
export class InputCheck {
  readonly details: AppErrorDetail[] = [];

  text(path: string, value: string | undefined, label: string): string {
    const v = (value ?? '').trim();
    if (!v) this.details.push({ path: `body.${path}`, message: `Укажите ${label}.` });
    return v;
  }

  /** A date written dd.mm.yyyy (or ISO); required unless `optional`. Returns ISO or null. */
  date(path: string, value: string | null | undefined, label: string, opts: { optional?: boolean; notAfter?: string } = {}): string | null {
    const v = (value ?? '').trim();
    if (!v) {
      if (!opts.optional) this.details.push({ path: `body.${path}`, message: `Укажите ${label} (дд.мм.гггг).` });
      return null;
    }
    const iso = parseDate(v);
    if (!iso) {
      this.details.push({
        path: `body.${path}`,
        message: `${capital(label)}: ${quoteInput(v)} не распознана как дата; укажите её как дд.мм.гггг.`,
      });
      return null;
    }
    if (opts.notAfter && iso > opts.notAfter) {
      this.details.push({ path: `body.${path}`, message: `${capital(label)} не может быть позже сегодняшнего дня.` });
    }
    return iso;
  }

  /** Hours of a programme: absent, or a whole number above zero. */
  hours(path: string, value: number | null | undefined): number | null {
    if (value === undefined || value === null) return null;
    if (!Number.isInteger(value) || value <= 0) this.fail(path, 'Объём программы — целое число часов больше нуля.');
    return value;
  }

  /** A management degree: one of the three directions seed 003 names, or none. */
  mgmtEducation(path: string, value: string | null | undefined): string | null {
    const v = value?.trim() || null;
    if (v !== null && !(MGMT_EDUCATION_DIRECTIONS as readonly string[]).includes(v)) {
      this.fail(
        path,
        `Подготовка по управлению — одно из направлений: ${MGMT_EDUCATION_DIRECTIONS.map((d) => `«${d}»`).join(', ')}; или оставьте поле пустым.`,
      );
    }
    return v;
  }

  /**
   * The account of the person themselves, by login (optional): its id, or null. Only an account
   * scoped to `place` (the person's organisation, or the municipality of the register) or within
   * it can be linked: the linked account reads the whole record, so an account of another
   * organisation or district never can. A login that does not exist and one that may not be
   * linked get the same message, so the field tells nothing about which logins exist.
   */
  async account(
    db: Kysely<Database>,
    path: string,
    login: string | null | undefined,
    place: { name: string; path: string },
  ): Promise<number | null> {
    const v = login?.trim();
    if (!v) return null;
    const user = await db
      .selectFrom('app_user as u')
      .innerJoin('org as o', 'o.id', 'u.scope_org_id')
      .select(['u.id', 'o.path'])
      .where('u.login', '=', v)
      .executeTakeFirst();
    if (!user || !isWithinScope(user.path, place.path)) {
      this.fail(
        path,
        `Среди пользователей «${place.name}» нет учётной записи ${quoteInput(v)}: привязать можно только учётную запись самого человека в его организации. Проверьте логин или оставьте поле пустым.`,
      );
      return null;
    }
    return user.id;
  }

  fail(path: string, message: string): void {
    this.details.push({ path: `body.${path}`, message });
  }

  /** Throws validation_failed with every message when anything is wrong. */
  done(): void {
    if (this.details.length) throw new AppError('validation_failed', this.details.map((d) => d.message).join(' '), this.details);
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
