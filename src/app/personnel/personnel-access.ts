import { PERSONNEL_ROLES } from '../../domain/personnel/personnel.ts';
import { actorSees, type Actor } from '../actor.ts';
import { forbidden } from '../app-error.ts';

/**
 * Leaders' and candidates' records are personal data (152-ФЗ). Only the municipal operator of
 * their municipality and administrators read and keep them; a person reads their own record
 * (linked to their account). Regional operators, experts, observers and organisations see the
 * indicators computed from the register, never the records.
 */
export { PERSONNEL_ROLES };

export function managesPersonnel(actor: Actor, municipalityPath: string): boolean {
  return PERSONNEL_ROLES.includes(actor.role) && actorSees(actor, municipalityPath);
}

export function assertManagesPersonnel(actor: Actor, municipalityPath: string): void {
  if (!managesPersonnel(actor, municipalityPath)) {
    throw forbidden(
      'Сведения о руководителях и кадровом резерве — персональные данные: их ведут только муниципальный оператор этого муниципалитета и администратор.',
    );
  }
}

/** Whether the actor may read a person's record: theirs to keep, or their own. */
export function readsPerson(actor: Actor, record: { municipalityPath: string; userId: number | null }): boolean {
  if (managesPersonnel(actor, record.municipalityPath)) return true;
  return record.userId !== null && actor.userId !== 0 && record.userId === actor.userId;
}

/** A record the actor may read: theirs to keep, or their own. */
export function assertReadsPerson(actor: Actor, record: { municipalityPath: string; userId: number | null }): void {
  if (!readsPerson(actor, record))
    throw forbidden('Это персональные данные другого человека: их видят только муниципальный оператор, администратор и сам человек.');
}
