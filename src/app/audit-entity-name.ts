/** The names an audit row's object resolves to (one query joins them; null where not found or not applicable). */
export interface AuditEntityNames {
  orgName: string | null;
  userName: string | null;
  userLogin: string | null;
  campaignName: string | null;
  periodName: string | null;
  frameworkName: string | null;
  frameworkVersion: number | null;
  reportTitle: string | null;
  roundName: string | null;
}

/**
 * The audited object as a person names it: an organisation's name, a user's name and login, a form
 * as its organisation and campaign, a cyclogram as its territory and year. Null when the object has
 * no name to show (or is gone): the page then shows its number.
 */
export function auditEntityName(entity: string, entityId: string | null, n: AuditEntityNames): string | null {
  switch (entity) {
    case 'org':
    case 'municipality':
      return n.orgName;
    case 'user':
      if (n.userName && n.userLogin) return `${n.userName} (${n.userLogin})`;
      return n.userLogin ?? n.userName;
    case 'campaign':
      return n.campaignName ? `«${n.campaignName}»` : null;
    case 'submission':
      if (!n.orgName) return null;
      return n.campaignName ? `${n.orgName}, кампания «${n.campaignName}»` : n.orgName;
    case 'cyclogram': {
      const year = entityId?.split(':')[1];
      return n.orgName ? `${n.orgName}${year ? `, ${year} год` : ''}` : null;
    }
    case 'period':
      return n.periodName;
    case 'framework':
      return n.frameworkName ? `«${n.frameworkName}»${n.frameworkVersion === null ? '' : `, версия ${n.frameworkVersion}`}` : null;
    case 'report':
      return n.reportTitle ? `«${n.reportTitle}»` : null;
    case 'scoring_round':
      return n.roundName ? `«${n.roundName}»` : null;
    default:
      return null;
  }
}
