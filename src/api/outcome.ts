// A computed number or the named reason why there is none (`ok / missing / invalid`), as the
// results, the card and the scoring sheet send it.
import { Type as T, type Static, type TSchema } from '@sinclair/typebox';
import type { Outcome as DomainOutcome } from '../domain/outcome.ts';
import type { Assert, Equal } from './type-equality.ts';

const OUTCOME_KINDS = ['ok', 'missing', 'invalid'];

/**
 * `{ kind: 'ok', value } | { kind: 'missing' | 'invalid', reason }`. The JSON Schema is one object
 * with `kind` and optional `value` and `reason` (the JSON sent is the same): a rating holds tens of
 * thousands of outcomes, and an `anyOf` of three objects would make the serializer test each branch
 * of each of them. The type is the exact union.
 */
export const OutcomeOf = <S extends TSchema>(value: S, options: { description?: string } = {}) =>
  T.Unsafe<DomainOutcome<Static<S>>>({
    type: 'object',
    description:
      options.description ?? 'Число или причина его отсутствия: kind ok (value), missing (нет данных) или invalid (не рассчитан), reason',
    properties: { kind: { type: 'string', enum: OUTCOME_KINDS }, value, reason: { type: 'string' } },
    required: ['kind'],
  });

export const Outcome = OutcomeOf(T.Number());
/** An outcome of a number (the default) or of another value, e.g. a zone decision. */
export type Outcome<V = number> = DomainOutcome<V>;

export type _OutcomeMatchesDomain = Assert<Equal<Static<typeof Outcome>, Outcome>>;
