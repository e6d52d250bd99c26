import type { PostKind } from '../../domain/personnel/personnel.ts';

/** The order that appoints a candidate of the reserve to a post, and who approved it. */
export interface AppointmentInput {
  orgId: number;
  postKind: PostKind;
  postTitle: string;
  appointedOn: string;
  orderNumber: string;
  orderDate: string;
  approvedByName: string;
  approvedByPost: string;
}
