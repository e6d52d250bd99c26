import type { Route } from '../lib/match-route.ts';
import { lazyPage } from './lazy-page.ts';
import { UserManagersOnly } from './user-managers-only.tsx';
import { AdminOnly } from './admin-only.tsx';

// Each page is a chunk of its own, loaded on first visit (see lazy-page.ts).
const AuditPage = lazyPage(() => import('../features/audit/audit-page.tsx'), 'AuditPage');
const CampaignFormPage = lazyPage(() => import('../features/campaigns/campaign-form-page.tsx'), 'CampaignFormPage');
const CampaignPage = lazyPage(() => import('../features/campaigns/campaign-page.tsx'), 'CampaignPage');
const CampaignsPage = lazyPage(() => import('../features/campaigns/campaigns-page.tsx'), 'CampaignsPage');
const CataloguePage = lazyPage(() => import('../features/catalogues/catalogue-page.tsx'), 'CataloguePage');
const CataloguesPage = lazyPage(() => import('../features/catalogues/catalogues-page.tsx'), 'CataloguesPage');
const CyclePage = lazyPage(() => import('../features/cycle/cycle-page.tsx'), 'CyclePage');
const CyclogramPage = lazyPage(() => import('../features/cyclogram/cyclogram-page.tsx'), 'CyclogramPage');
const IndicatorPage = lazyPage(() => import('../features/results/indicator-page.tsx'), 'IndicatorPage');
const NotFoundPage = lazyPage(() => import('./not-found-page.tsx'), 'NotFoundPage');
const OrgsPage = lazyPage(() => import('../features/orgs/orgs-page.tsx'), 'OrgsPage');
const OrgRegisterPage = lazyPage(() => import('../features/org-register/org-register-page.tsx'), 'OrgRegisterPage');
const PeriodsPage = lazyPage(() => import('../features/periods/periods-page.tsx'), 'PeriodsPage');
const DataImportPage = lazyPage(() => import('../features/data-import/data-import-page.tsx'), 'DataImportPage');
const ReportPage = lazyPage(() => import('../features/reports/report-page.tsx'), 'ReportPage');
const ReportsPage = lazyPage(() => import('../features/reports/reports-page.tsx'), 'ReportsPage');
const WorkingGroupPage = lazyPage(() => import('../features/personnel/working-group-page.tsx'), 'WorkingGroupPage');
const CandidatePage = lazyPage(() => import('../features/personnel/candidate-page.tsx'), 'CandidatePage');
const LeaderPage = lazyPage(() => import('../features/personnel/leader-page.tsx'), 'LeaderPage');
const LeadersPage = lazyPage(() => import('../features/personnel/leaders-page.tsx'), 'LeadersPage');
const MyPersonnelPage = lazyPage(() => import('../features/personnel/my-personnel-page.tsx'), 'MyPersonnelPage');
const ReservePage = lazyPage(() => import('../features/personnel/reserve-page.tsx'), 'ReservePage');
const EffectivenessPage = lazyPage(() => import('../features/cycle/effectiveness-page.tsx'), 'EffectivenessPage');
const RecommendationsPage = lazyPage(() => import('../features/cycle/recommendations-page.tsx'), 'RecommendationsPage');
const AssessmentsPage = lazyPage(() => import('../features/schools-at-risk/assessments-page.tsx'), 'AssessmentsPage');
const SchoolsAtRiskPage = lazyPage(() => import('../features/schools-at-risk/schools-at-risk-page.tsx'), 'SchoolsAtRiskPage');
const RoadmapPage = lazyPage(() => import('../features/cycle/roadmap-page.tsx'), 'RoadmapPage');
const ResultCardPage = lazyPage(() => import('../features/results/result-card-page.tsx'), 'ResultCardPage');
const RatingsPage = lazyPage(() => import('../features/results/ratings-page.tsx'), 'RatingsPage');
const ScoringRoundPage = lazyPage(() => import('../features/scoring/scoring-round-page.tsx'), 'ScoringRoundPage');
const ScoringRoundsPage = lazyPage(() => import('../features/scoring/scoring-rounds-page.tsx'), 'ScoringRoundsPage');
const ScoringSheetPage = lazyPage(() => import('../features/scoring/scoring-sheet-page.tsx'), 'ScoringSheetPage');
const UsersPage = lazyPage(() => import('../features/users/users-page.tsx'), 'UsersPage');

/** Renders the page for an authenticated route. */
export function RoutePage({ route }: { route: Route }) {
  switch (route.name) {
    case 'orgs':
      return <OrgsPage orgId={route.orgId} />;
    case 'org-register':
      return <OrgRegisterPage />;
    case 'periods':
      return <PeriodsPage />;
    case 'data-import':
      return <DataImportPage />;
    case 'catalogues':
      return route.catalogueId === null ? <CataloguesPage /> : <CataloguePage key={route.catalogueId} catalogueId={route.catalogueId} />;
    case 'ratings':
      return <RatingsPage />;
    case 'result-card':
      return <ResultCardPage key={route.orgId} orgId={route.orgId} />;
    case 'indicator':
      return <IndicatorPage key={route.code} code={route.code} />;
    case 'users':
      return (
        <UserManagersOnly>
          <UsersPage />
        </UserManagersOnly>
      );
    case 'audit':
      return (
        <AdminOnly>
          <AuditPage />
        </AdminOnly>
      );
    case 'campaigns':
      return <CampaignsPage />;
    case 'campaign':
      return <CampaignPage key={route.campaignId} campaignId={route.campaignId} />;
    case 'campaign-form':
      return <CampaignFormPage key={`${route.campaignId}/${route.orgId}`} campaignId={route.campaignId} orgId={route.orgId} />;
    case 'cyclogram':
      return <CyclogramPage />;
    case 'scoring':
      return <ScoringRoundsPage />;
    case 'scoring-round':
      return <ScoringRoundPage key={route.roundId} roundId={route.roundId} />;
    case 'scoring-sheet':
      return <ScoringSheetPage key={`${route.roundId}/${route.orgId}`} roundId={route.roundId} orgId={route.orgId} />;
    case 'cycle':
      return <CyclePage />;
    case 'reports':
      return <ReportsPage />;
    case 'report':
      return <ReportPage key={route.reportId} reportId={route.reportId} />;
    case 'working-group':
      return <WorkingGroupPage />;
    case 'leaders':
      return <LeadersPage />;
    case 'leader':
      return <LeaderPage key={route.leaderId} leaderId={route.leaderId} />;
    case 'reserve':
      return <ReservePage />;
    case 'candidate':
      return <CandidatePage key={route.candidateId} candidateId={route.candidateId} />;
    case 'my-personnel':
      return <MyPersonnelPage />;
    case 'assessments':
      return <AssessmentsPage />;
    case 'schools-at-risk':
      return <SchoolsAtRiskPage />;
    case 'recommendations':
      return <RecommendationsPage />;
    case 'roadmap':
      return <RoadmapPage />;
    case 'effectiveness':
      return <EffectivenessPage />;
    case 'public':
    case 'public-document':
    case 'setup':
    case 'home':
    case 'login':
    case 'not-found':
      return <NotFoundPage />;
  }
}
