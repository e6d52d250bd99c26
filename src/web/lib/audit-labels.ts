const ACTION_LABELS: Record<string, string> = {
  create: 'Создание',
  insert: 'Создание',
  update: 'Изменение',
  patch: 'Изменение',
  delete: 'Удаление',
  remove: 'Удаление',
  login: 'Вход в систему',
  logout: 'Выход из системы',
  import: 'Импорт',
  load: 'Загрузка',
  deactivate: 'Блокировка',
  activate: 'Разблокировка',
};

const ENTITY_LABELS: Record<string, string> = {
  org: 'Организация',
  orgs: 'Организация',
  organisation: 'Организация',
  organization: 'Организация',
  user: 'Пользователь',
  users: 'Пользователь',
  period: 'Период',
  periods: 'Период',
  session: 'Сеанс',
  group: 'Группа',
};

/** Russian label for an audit action such as `update` or `org.update`; unknown actions are shown as is. */
export function actionLabel(action: string): string {
  const last = action.split(/[.:/]/).pop() ?? action;
  return ACTION_LABELS[last] ?? ACTION_LABELS[action] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

/** True if the audited entity is an organisation (its card can be opened). */
export function isOrgEntity(entity: string): boolean {
  return ENTITY_LABELS[entity] === 'Организация';
}
