/** Exact action codes written by the backend. */
const KNOWN_ACTIONS: Record<string, string> = {
  'org.create': 'Добавление организации',
  'org.update': 'Изменение организации',
  'org_group.create': 'Создание группы организаций',
  'user.create': 'Создание пользователя',
  'user.blocked': 'Блокировка учётной записи (сеансы завершены)',
  'user.unblocked': 'Разблокировка учётной записи',
  'user.password_reset': 'Выдача нового одноразового пароля',
  'user.access_changed': 'Изменение роли и зоны доступа',
  'period.create': 'Добавление периода',
  'auth.login': 'Вход в систему',
  'auth.logout': 'Выход из системы',
  'auth.login_failed': 'Неудачная проверка пароля (вход или смена пароля)',
  'auth.locked': 'Блокировка входа после неудачных попыток',
  'auth.address_locked': 'Закрытие входа с сетевого адреса',
  'auth.unlocked': 'Снятие блокировки входа администратором',
  'auth.login_blocked': 'Отказ во входе: учётная запись заблокирована',
  'auth.password_changed': 'Смена своего пароля',
  'demo.load': 'Загрузка демо-данных',
  'catalogue.load': 'Загрузка методики',
  'data_element.create': 'Добавление элемента данных',
  'data_element.update': 'Изменение элемента данных',
  'results.compute': 'Пересчёт результатов',
  'results.recompute_org': 'Пересчёт по данным организации',
  'campaign.create': 'Создание кампании сбора данных',
  'campaign.upload': 'Загрузка файла с данными',
  'campaign.approve_regulation': 'Утверждение регламента мониторинга',
  'campaign.publish_regulation': 'Публикация регламента мониторинга',
  'cyclogram.save': 'Изменение циклограммы мониторинга',
  'submission.save_form': 'Ввод данных в веб-форме',
  'submission.save_file': 'Ввод данных из файла',
  'submission.submit': 'Отправка формы на проверку',
  'submission.return': 'Возврат формы на доработку',
  'submission.accept': 'Приёмка формы',
  'submission.reopen': 'Повторное открытие формы',
  'personnel.read': 'Просмотр персональных данных (карточка)',
  'personnel.list': 'Просмотр персональных данных (список)',
  'personnel.export': 'Выгрузка персональных данных в Excel',
  'leader.create': 'Добавление руководителя в реестр',
  'leader.update': 'Изменение записи руководителя',
  'leader.event_add': 'Запись об обучении, диагностике или оценке руководителя',
  'leader.event_remove': 'Удаление записи руководителя',
  'reserve.settings': 'Изменение правил кадрового резерва',
  'reserve.round_add': 'Запись конкурсного отбора в резерв',
  'reserve.candidate_add': 'Выдвижение кандидата в резерв',
  'reserve.event_add': 'Запись диагностики или обучения кандидата',
  'reserve.plan_add': 'Добавление пунктов плана развития',
  'reserve.plan_mark': 'Отметка выполнения плана развития',
  'reserve.enroll': 'Зачисление в кадровый резерв',
  'reserve.exclude': 'Исключение из кадрового резерва',
  'reserve.mentor': 'Назначение наставника',
  'reserve.appoint': 'Назначение кандидата на должность',
  'recommendation.create': 'Адресные рекомендации по отчёту',
  'recommendation.acknowledge': 'Рекомендация принята к исполнению',
  'recommendation.report': 'Отражено исполнение рекомендации',
  'recommendation.approve': 'Одобрение рекомендаций рабочей группой',
  'cycle.measure.create': 'Мероприятие дорожной карты',
  'cycle.decision.create': 'Управленческое решение',
  'cycle.action.status': 'Изменение состояния мероприятия или решения',
  'cycle.effectiveness.save': 'Анализ эффективности принятых мер',
  'cycle.goals.create': 'Цели следующего управленческого цикла',
};

/** Fallback by the verb after the last dot. */
const VERBS: Record<string, string> = {
  create: 'Создание',
  update: 'Изменение',
  delete: 'Удаление',
  login: 'Вход в систему',
  logout: 'Выход из системы',
  import: 'Импорт',
  load: 'Загрузка',
};

const ENTITY_LABELS: Record<string, string> = {
  org: 'Организация',
  user: 'Пользователь',
  period: 'Период',
  system: 'Система',
  group: 'Группа',
  org_group: 'Группа организаций',
  framework: 'Методика',
  data_element: 'Элемент данных',
  campaign: 'Кампания сбора данных',
  submission: 'Форма организации',
  cyclogram: 'Циклограмма',
  leader: 'Руководитель',
  reserve_candidate: 'Кандидат кадрового резерва',
  reserve_round: 'Конкурсный отбор в резерв',
  municipality: 'Муниципалитет',
  report: 'Аналитический отчёт',
  recommendation: 'Адресная рекомендация',
  cycle_action: 'Мероприятие или решение',
  effectiveness_analysis: 'Анализ эффективности',
  scoring_round: 'Раунд оценивания',
  publication: 'Публикация',
  working_group: 'Рабочая группа',
  org_register_import: 'Загрузка реестра организаций',
  assessment_import: 'Загрузка результатов оценочной процедуры',
  assessment_threshold: 'Пороги оценочной процедуры',
  data_import: 'Загрузка данных',
  expert_score: 'Экспертная оценка',
  agreed_score: 'Согласованная оценка',
  evidence_file: 'Подтверждающий документ',
  login: 'Имя для входа',
  address: 'Сетевой адрес',
};

/** Russian label for an audit action such as `org.update`; unknown actions are shown as is. */
export function actionLabel(action: string): string {
  const verb = action.split('.').pop() ?? action;
  return KNOWN_ACTIONS[action] ?? VERBS[verb] ?? action;
}

export function entityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? entity;
}

/**
 * The audited object as the change log shows it: its kind and name («Организация: МБОУ «СОШ № 1»»), or,
 * when the server found no name, its number («Период №5») or code («Элемент данных «pupils_total»»).
 */
export function auditObjectLabel(entry: { entity: string; entityId: string | null; entityName?: string | null }): string {
  const label = entityLabel(entry.entity);
  if (entry.entityName) return `${label}: ${entry.entityName}`;
  if (entry.entityId === null || entry.entityId === undefined) return label;
  // Numeric ids read as numbers (№5); codes such as a data element's read as names («pupils_total»).
  return /^\d+$/.test(String(entry.entityId)) ? `${label} №${entry.entityId}` : `${label} «${entry.entityId}»`;
}

/** True if the audited entity is an organisation (its card can be opened). */
export function isOrgEntity(entity: string): boolean {
  return entity === 'org';
}

const FIELD_LABELS: Record<string, string> = {
  name: 'Наименование',
  shortName: 'Краткое наименование',
  aliases: 'Другие названия',
  inn: 'ИНН',
  ogrn: 'ОГРН',
  fisOkoCode: 'Код ФИС ОКО',
  code: 'Код',
  version: 'Версия',
  updatedAt: 'Изменено',
  'attributes.settlement': 'Местность',
  'attributes.pupils': 'Число обучающихся',
  'attributes.staff': 'Число работников',
  'attributes.address': 'Адрес',
  'attributes.headName': 'Руководитель',
  'attributes.centre': 'Административный центр',
  'attributes.authority': 'Орган управления образованием',
  'attributes.note': 'Примечание',
  login: 'Логин',
  fullName: 'ФИО',
  role: 'Роль',
  scopeOrgId: 'Зона доступа',
  isActive: 'Активен',
};

/** Russian name of a (dotted) field in audit records; unknown fields are shown as is. */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}
