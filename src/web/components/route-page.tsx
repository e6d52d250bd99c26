import type { Route } from '../lib/match-route.ts';
import { AuditPage } from '../pages/audit-page.tsx';
import { CampaignFormPage } from '../pages/campaign-form-page.tsx';
import { CampaignPage } from '../pages/campaign-page.tsx';
import { CampaignsPage } from '../pages/campaigns-page.tsx';
import { CataloguePage } from '../pages/catalogue-page.tsx';
import { CataloguesPage } from '../pages/catalogues-page.tsx';
import { CyclePage } from '../pages/cycle-page.tsx';
import { CyclogramPage } from '../pages/cyclogram-page.tsx';
import { IndicatorPage } from '../pages/indicator-page.tsx';
import { NotFoundPage } from '../pages/not-found-page.tsx';
import { OrgsPage } from '../pages/orgs-page.tsx';
import { OrgRegisterPage } from '../pages/org-register-page.tsx';
import { PeriodsPage } from '../pages/periods-page.tsx';
import { DataImportPage } from '../pages/data-import-page.tsx';
import { ReportPage } from '../pages/report-page.tsx';
import { ReportsPage } from '../pages/reports-page.tsx';
import { WorkingGroupPage } from '../pages/working-group-page.tsx';
import { CandidatePage } from '../pages/candidate-page.tsx';
import { LeaderPage } from '../pages/leader-page.tsx';
import { LeadersPage } from '../pages/leaders-page.tsx';
import { MyPersonnelPage } from '../pages/my-personnel-page.tsx';
import { ReservePage } from '../pages/reserve-page.tsx';
import { EffectivenessPage } from '../pages/effectiveness-page.tsx';
import { RecommendationsPage } from '../pages/recommendations-page.tsx';
import { AssessmentsPage } from '../pages/assessments-page.tsx';
import { SchoolsAtRiskPage } from '../pages/schools-at-risk-page.tsx';
import { RoadmapPage } from '../pages/roadmap-page.tsx';
import { ResultCardPage } from '../pages/result-card-page.tsx';
import { RatingsPage } from '../pages/ratings-page.tsx';
import { ScoringRoundPage } from '../pages/scoring-round-page.tsx';
import { ScoringRoundsPage } from '../pages/scoring-rounds-page.tsx';
import { ScoringSheetPage } from '../pages/scoring-sheet-page.tsx';
import { UsersPage } from '../pages/users-page.tsx';
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
