import { POST_KINDS } from '../../domain/personnel/personnel.ts';
import type { UseCaseContext } from '../context.ts';
import { today } from '../today.ts';
import { changeRegister } from './change-register.ts';
import { candidateMunicipality, claimCandidate, getCandidate } from './candidates.ts';
import { checkLeader } from './leaders.ts';
import { assertManagesPersonnel } from './personnel-access.ts';
import { InputCheck } from './personnel-input.ts';
import type { AppointmentInput, CandidateOne } from '../../api/personnel-candidates.ts';

/**
 * Appoints a candidate of the reserve to a vacant post, as a recorded, approved step: the order
 * and who approved it are kept, the candidate becomes «назначен», and the register of leaders
 * gains the new leader (so the organisation's vacancy closes and its indicators count them).
 */
export async function appointCandidate(ctx: UseCaseContext, candidateId: number, input: AppointmentInput): Promise<CandidateOne> {
  const { municipality: m, status, version } = await candidateMunicipality(ctx, candidateId);
  assertManagesPersonnel(ctx.actor, m.path);
  const check = new InputCheck();
  if (status !== 'enrolled') {
    check.fail(
      'orgId',
      status === 'nominated'
        ? 'Назначить можно только зачисленного в резерв: сначала зачислите кандидата.'
        : status === 'appointed'
          ? 'Кандидат уже назначен на должность.'
          : 'Кандидат исключён из резерва.',
    );
  }
  if (!POST_KINDS.includes(input.postKind)) check.fail('postKind', 'Выберите вид должности.');
  const orderNumber = check.text('orderNumber', input.orderNumber, 'номер приказа о назначении');
  const orderDate = check.date('orderDate', input.orderDate, 'дату приказа', { notAfter: today() });
  const approvedByName = check.text('approvedByName', input.approvedByName, 'кто утвердил назначение (ФИО)');
  const approvedByPost = check.text('approvedByPost', input.approvedByPost, 'должность утвердившего');
  check.done();
  const { recomputed } = await changeRegister(
    ctx,
    m,
    (after: unknown) => ({ action: 'reserve.appoint', entity: 'reserve_candidate', entityId: candidateId, after }),
    async (trx) => {
      // Under the municipality's lock: the candidate is still as checked, and the post still vacant.
      await claimCandidate(trx, candidateId, version);
      const c = await trx.selectFrom('reserve_candidate').selectAll().where('id', '=', candidateId).executeTakeFirstOrThrow();
      // The new leader's record is checked as any other: the organisation must be the municipality's and the post vacant.
      const leader = await checkLeader(
        trx,
        m,
        {
          orgId: input.orgId,
          fullName: c.full_name,
          postKind: input.postKind,
          postTitle: input.postTitle,
          appointedOn: input.appointedOn,
          educationLevel: c.education_level,
          mgmtEducation: c.mgmt_education,
        },
        null,
      );
      const { id: leaderId } = await trx
        .insertInto('leader')
        .values({ ...leader, user_id: c.user_id, reserve_candidate_id: candidateId })
        .returning('id')
        .executeTakeFirstOrThrow();
      const appointment = {
        candidate_id: candidateId,
        org_id: input.orgId,
        post_kind: input.postKind,
        post_title: leader.post_title,
        appointed_on: leader.appointed_on,
        order_number: orderNumber,
        order_date: orderDate ?? '',
        approved_by_name: approvedByName,
        approved_by_post: approvedByPost,
        leader_id: leaderId,
        recorded_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      };
      await trx.insertInto('reserve_appointment').values(appointment).execute();
      await trx.updateTable('reserve_candidate').set({ status: 'appointed' }).where('id', '=', candidateId).execute();
      return appointment;
    },
  );
  return { candidate: await getCandidate(ctx, candidateId), recomputed };
}
