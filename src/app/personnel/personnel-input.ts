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

  fail(path: string, message: string): void {
    this.details.push({ path: `body.${path}`, message });
  }

  /** Throws validation_failed with every message when anything is wrong. */
  done(): void {
    if (this.details.length) throw new AppError('validation_failed', this.details.map((d) => d.message).join(' '), this.details);
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
