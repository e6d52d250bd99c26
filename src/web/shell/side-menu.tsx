import { USER_MANAGERS } from '../../domain/access/user-management.ts';
import {
  ExperimentOutlined,
  ApartmentOutlined,
  BookOutlined,
  CalendarOutlined,
  FormOutlined,
  AuditOutlined,
  HistoryOutlined,
  NodeIndexOutlined,
  ScheduleOutlined,
  TeamOutlined,
  TrophyOutlined,
  FileTextOutlined,
  GlobalOutlined,
  IdcardOutlined,
  SolutionOutlined,
  UserOutlined,
  BulbOutlined,
  ProjectOutlined,
  RiseOutlined,
  WarningOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { navigate } from '../hooks/use-location-path.ts';
import { useSession } from '../hooks/use-session.ts';
import { SCORING_READER_ROLES } from '../lib/scoring-labels.ts';
import { CAMPAIGN_OPERATOR_ROLES } from '../lib/campaign-status.ts';
import { PERSONNEL_ROLES } from '../lib/personnel-labels.ts';
import { personnelApi } from '../api/personnel-api.ts';
import { useAsyncData } from '../hooks/use-async-data.ts';
import type { Route } from '../lib/match-route.ts';

type MenuItem = Required<MenuProps>['items'][number];

/** Long labels wrap to two lines instead of being cut off. */
const TWO_LINES = { display: 'inline-block', whiteSpace: 'normal', lineHeight: 1.2, verticalAlign: 'middle' } as const;

interface SideMenuProps {
  route: Route;
  isAdmin: boolean;
  /** Called after an item is chosen (the drawer closes itself). */
  onNavigate?: () => void;
}

/** Left navigation; admin-only sections are hidden for other roles. */
export function SideMenu({ route, isAdmin, onNavigate }: SideMenuProps) {
  const { user } = useSession();
  const keepsPersonnel = PERSONNEL_ROLES.includes(user.role);
  // Anyone else sees their own records, if the register has any about them.
  const mine = useAsyncData(
    (signal) => (keepsPersonnel ? Promise.resolve(null) : personnelApi.me(signal).catch(() => null)),
    [keepsPersonnel, user.login],
  );
  const hasOwn = (mine.data?.leaders.length ?? 0) + (mine.data?.candidates.length ?? 0) > 0;
  const items: MenuItem[] = [
    { key: '/orgs', icon: <ApartmentOutlined />, label: 'Организации' },
    { key: '/periods', icon: <CalendarOutlined />, label: 'Периоды' },
    { key: '/catalogues', icon: <BookOutlined />, label: 'Методики' },
    { key: '/campaigns', icon: <FormOutlined />, label: 'Сбор данных' },
    ...(user.role === 'org_representative' ? [] : [{ key: '/cyclogram', icon: <ScheduleOutlined />, label: 'Циклограмма' }]),
    { key: '/ratings', icon: <TrophyOutlined />, label: 'Рейтинги' },
    ...(CAMPAIGN_OPERATOR_ROLES.has(user.role)
      ? [
          {
            key: '/assessments',
            icon: <ExperimentOutlined />,
            label: <span style={TWO_LINES}>Оценочные процедуры</span>,
            title: 'Результаты оценочных процедур',
          },
          {
            key: '/data-import',
            icon: <UploadOutlined />,
            label: <span style={TWO_LINES}>Загрузить таблицу данных</span>,
            title: 'Загрузить таблицу данных',
          },
        ]
      : []),
    ...(user.role === 'org_representative'
      ? []
      : [
          {
            key: '/schools-at-risk',
            icon: <WarningOutlined />,
            label: <span style={TWO_LINES}>Школы с рисками</span>,
            title: 'Школы с рисками низких результатов',
          },
        ]),
    {
      key: '/reports',
      icon: <FileTextOutlined />,
      label: <span style={TWO_LINES}>Аналитические отчёты</span>,
      title: 'Аналитические отчёты',
    },
    {
      key: '/recommendations',
      icon: <BulbOutlined />,
      label: <span style={TWO_LINES}>{user.role === 'org_representative' ? 'Рекомендации мне' : 'Адресные рекомендации'}</span>,
      title: 'Адресные рекомендации',
    },
    ...(user.role === 'org_representative'
      ? []
      : [
          {
            key: '/roadmap',
            icon: <ProjectOutlined />,
            label: <span style={TWO_LINES}>Дорожная карта и решения</span>,
            title: 'Дорожная карта и решения',
          },
          {
            key: '/effectiveness',
            icon: <RiseOutlined />,
            label: <span style={TWO_LINES}>Анализ эффективности</span>,
            title: 'Анализ эффективности',
          },
        ]),
    ...(SCORING_READER_ROLES.has(user.role)
      ? [
          { key: '/scoring', icon: <AuditOutlined />, label: <span style={TWO_LINES}>Оценка механизмов</span>, title: 'Оценка механизмов' },
          {
            key: '/cycle',
            icon: <NodeIndexOutlined />,
            label: <span style={TWO_LINES}>Управленческий цикл</span>,
            title: 'Управленческий цикл',
          },
        ]
      : []),
  ];
  if (keepsPersonnel) {
    items.push(
      { key: '/leaders', icon: <IdcardOutlined />, label: 'Руководители' },
      { key: '/reserve', icon: <SolutionOutlined />, label: 'Кадровый резерв' },
    );
  } else if (hasOwn) {
    items.push({
      key: '/personnel/me',
      icon: <UserOutlined />,
      label: <span style={TWO_LINES}>Мои кадровые записи</span>,
      title: 'Мои кадровые записи',
    });
  }
  items.push({
    key: '/public',
    icon: <GlobalOutlined />,
    label: <span style={TWO_LINES}>Публичный раздел</span>,
    title: 'Публичный раздел',
  });
  if (USER_MANAGERS.includes(user.role)) items.push({ key: '/users', icon: <TeamOutlined />, label: 'Пользователи' });
  if (isAdmin) items.push({ key: '/audit', icon: <HistoryOutlined />, label: 'Журнал изменений' });
  const selected =
    route.name === 'not-found' || route.name === 'home' || route.name === 'login'
      ? []
      : route.name === 'org-register'
        ? ['/orgs']
        : route.name === 'indicator' || route.name === 'result-card' // opened from a rating
          ? ['/ratings']
          : route.name === 'campaign' || route.name === 'campaign-form'
            ? ['/campaigns']
            : route.name === 'scoring-round' || route.name === 'scoring-sheet'
              ? ['/scoring']
              : route.name === 'report' || route.name === 'working-group'
                ? ['/reports']
                : route.name === 'leader'
                  ? [keepsPersonnel ? '/leaders' : '/personnel/me']
                  : route.name === 'candidate'
                    ? [keepsPersonnel ? '/reserve' : '/personnel/me']
                    : route.name === 'my-personnel'
                      ? ['/personnel/me']
                      : [`/${route.name}`];

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={selected}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      className="side-menu"
      data-testid="side-menu"
    />
  );
}
