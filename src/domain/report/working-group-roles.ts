/** The roles of a member of a territory's working group (seed 004 §2.2), and their Russian names. */
export const MEMBER_ROLES = ['chair', 'deputy', 'secretary', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_NAMES: Record<MemberRole, string> = {
  chair: 'председатель',
  deputy: 'заместитель председателя',
  secretary: 'секретарь',
  member: 'член рабочей группы',
};
