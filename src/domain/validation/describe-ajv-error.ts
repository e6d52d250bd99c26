import type { ErrorObject } from 'ajv';
/** A validation problem: where (a dotted path) and what, in Russian. */
export interface ValidationIssue {
  path: string;
  message: string;
  /** A stable code where a caller may branch on the kind of problem (see AppErrorDetail.code). */
  code?: 'formula_cycle';
}

const PART_NAMES: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'строкой',
  integer: 'целым числом',
  number: 'числом',
  boolean: 'логическим значением (true/false)',
  object: 'объектом',
  array: 'списком',
  null: 'null',
};

function typeName(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => TYPE_NAMES[String(t)] ?? String(t)).join(' или ');
}

/** Turns one ajv error into a Russian message with the path of the field it is about. */
export function describeAjvError(error: ErrorObject, part: string): ValidationIssue {
  const base = [PART_NAMES[part] ?? part, ...error.instancePath.split('/').filter(Boolean)].join('.');
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: `${base}.${String(p.missingProperty)}`, message: `Не указано обязательное поле «${String(p.missingProperty)}».` };
    case 'additionalProperties':
      return {
        path: `${base}.${String(p.additionalProperty)}`,
        message: `Неизвестное поле «${String(p.additionalProperty)}»: уберите его или проверьте написание.`,
      };
    case 'type':
      return { path: base, message: `Поле «${base}» должно быть ${typeName(p.type)}.` };
    case 'enum':
      return {
        path: base,
        message: `Поле «${base}» должно принимать одно из значений: ${(p.allowedValues as unknown[]).map((v) => `«${String(v)}»`).join(', ')}.`,
      };
    case 'minLength':
      return Number(p.limit) === 1
        ? { path: base, message: `Поле «${base}» не должно быть пустым.` }
        : { path: base, message: `Поле «${base}» должно содержать не менее ${String(p.limit)} символов.` };
    case 'maxLength':
      return { path: base, message: `Поле «${base}» слишком длинное: не более ${String(p.limit)} символов.` };
    case 'minimum':
      return { path: base, message: `Поле «${base}» должно быть не меньше ${String(p.limit)}.` };
    case 'maximum':
      return { path: base, message: `Поле «${base}» должно быть не больше ${String(p.limit)}.` };
    case 'maxItems':
      return { path: base, message: `В поле «${base}» не более ${String(p.limit)} элементов.` };
    case 'pattern':
      return { path: base, message: `Поле «${base}» заполнено в неверном формате.` };
    case 'format':
      return { path: base, message: `Поле «${base}» должно быть в формате ${p.format === 'date' ? 'даты ГГГГ-ММ-ДД' : String(p.format)}.` };
    default:
      return { path: base, message: `Поле «${base}» заполнено неверно (${error.keyword}).` };
  }
}

/** The first message names the first problem; the details list all of them. */
export function summariseValidation(details: ValidationIssue[]): string {
  const first = details[0]?.message ?? 'Запрос заполнен неверно.';
  return details.length > 1 ? `${first} И ещё ошибок: ${details.length - 1}.` : first;
}
