// The plugin's pages under /admin/plugins/recognition.
import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PaperPage } from './paper';
import { ExtensionsPage } from './extensions';
import { ForecastsPage } from './forecasts';
import { AppraisalPage } from './appraisal';
import { ApprovalPage } from './approval';
import { DashboardPage } from './dashboard';
import { DecisionsPage } from './decisions';
import { HistoryPage } from './history';
import { ImportUnitsPage } from './import-units';
import { NationalPage } from './national';
import { PlansPage } from './plans';
import { RecognitionsPage } from './recognitions';
import { SelectionPage } from './selection';

const App = () => (
  <Routes>
    <Route index element={<RecognitionsPage />} />
    <Route path="dashboard" element={<DashboardPage />} />
    <Route path="national" element={<NationalPage />} />
    <Route path="selection" element={<SelectionPage />} />
    <Route path="forecasts" element={<ForecastsPage />} />
    <Route path="appraisal" element={<AppraisalPage />} />
    <Route path="approval" element={<ApprovalPage />} />
    <Route path="decisions" element={<DecisionsPage />} />
    <Route path="history" element={<HistoryPage />} />
    <Route path="import" element={<ImportUnitsPage />} />
    <Route path="plans" element={<PlansPage />} />
    <Route path="paper" element={<PaperPage />} />
    <Route path="extensions" element={<ExtensionsPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
