import type { Route } from '../lib/match-route.ts';
import { AuditPage } from '../features/audit/audit-page.tsx';
import { CampaignFormPage } from '../features/campaigns/campaign-form-page.tsx';
import { CampaignPage } from '../features/campaigns/campaign-page.tsx';
import { CampaignsPage } from '../features/campaigns/campaigns-page.tsx';
import { CataloguePage } from '../features/catalogues/catalogue-page.tsx';
import { CataloguesPage } from '../features/catalogues/catalogues-page.tsx';
import { CyclePage } from '../features/cycle/cycle-page.tsx';
import { CyclogramPage } from '../features/cyclogram/cyclogram-page.tsx';
import { IndicatorPage } from '../features/results/indicator-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { OrgsPage } from '../features/orgs/orgs-page.tsx';
import { OrgRegisterPage } from '../features/org-register/org-register-page.tsx';
import { PeriodsPage } from '../features/periods/periods-page.tsx';
import { DataImportPage } from '../features/data-import/data-import-page.tsx';
import { ReportPage } from '../features/reports/report-page.tsx';
import { ReportsPage } from '../features/reports/reports-page.tsx';
import { WorkingGroupPage } from '../features/personnel/working-group-page.tsx';
import { CandidatePage } from '../features/personnel/candidate-page.tsx';
import { LeaderPage } from '../features/personnel/leader-page.tsx';
import { LeadersPage } from '../features/personnel/leaders-page.tsx';
import { MyPersonnelPage } from '../features/personnel/my-personnel-page.tsx';
import { ReservePage } from '../features/personnel/reserve-page.tsx';
import { EffectivenessPage } from '../features/cycle/effectiveness-page.tsx';
import { RecommendationsPage } from '../features/cycle/recommendations-page.tsx';
import { AssessmentsPage } from '../features/schools-at-risk/assessments-page.tsx';
import { SchoolsAtRiskPage } from '../features/schools-at-risk/schools-at-risk-page.tsx';
import { RoadmapPage } from '../features/cycle/roadmap-page.tsx';
import { ResultCardPage } from '../features/results/result-card-page.tsx';
import { RatingsPage } from '../features/results/ratings-page.tsx';
import { ScoringRoundPage } from '../features/scoring/scoring-round-page.tsx';
import { ScoringRoundsPage } from '../features/scoring/scoring-rounds-page.tsx';
import { ScoringSheetPage } from '../features/scoring/scoring-sheet-page.tsx';
import { UsersPage } from '../features/users/users-page.tsx';
import { UserManagersOnly } from './user-managers-only.tsx';
import { AdminOnly } from './admin-only.tsx';

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
