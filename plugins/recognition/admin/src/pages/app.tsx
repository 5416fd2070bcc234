// The plugin's pages under /admin/plugins/recognition.
import { Page, useAuth } from '@strapi/strapi/admin';
import { Navigate, Route, Routes } from 'react-router-dom';
import { tabsFor } from '../components/nav';
import { ActsPage } from './acts';
import { CommendationsPage } from './commendations';
import { MaintenancePage } from './maintenance';
import { PaperPage } from './paper';
import { ExtensionsPage } from './extensions';
import { ForecastsPage } from './forecasts';
import { AppraisalPage } from './appraisal';
import { ApprovalPage } from './approval';
import { DashboardPage } from './dashboard';
import { DecisionsPage } from './decisions';
import { HistoryPage } from './history';
import { ImportUnitsPage } from './import-units';
import { CriteriaImportPage } from './criteria-import';
import { NationalPage } from './national';
import { PlansPage } from './plans';
import { RecognitionsPage } from './recognitions';
import { ReportsPage } from './reports';
import { SelectionPage } from './selection';

/** The first page: the recognised units, or for an account that may not read them (the Ministry) its first tab. */
const Landing = () => {
  const permissions = useAuth('Landing', (s) => s.permissions);
  const actions = permissions.map((p) => p.action);
  if (actions.includes('plugin::recognition.read')) return <RecognitionsPage />;
  const first = tabsFor(actions)[0];
  return first ? <Navigate to={first.to.slice(3)} replace /> : <Page.Error />;
};

const App = () => (
  <Routes>
    <Route index element={<Landing />} />
    <Route path="dashboard" element={<DashboardPage />} />
    <Route path="national" element={<NationalPage />} />
    <Route path="selection" element={<SelectionPage />} />
    <Route path="forecasts" element={<ForecastsPage />} />
    <Route path="reports" element={<ReportsPage />} />
    <Route path="appraisal" element={<AppraisalPage />} />
    <Route path="approval" element={<ApprovalPage />} />
    <Route path="decisions" element={<DecisionsPage />} />
    <Route path="acts" element={<ActsPage />} />
    <Route path="maintenance" element={<MaintenancePage />} />
    <Route path="commendations" element={<CommendationsPage />} />
    <Route path="history" element={<HistoryPage />} />
    <Route path="import" element={<ImportUnitsPage />} />
    <Route path="criteria-import" element={<CriteriaImportPage />} />
    <Route path="plans" element={<PlansPage />} />
    <Route path="paper" element={<PaperPage />} />
    <Route path="extensions" element={<ExtensionsPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
