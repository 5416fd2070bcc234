// The plugin's pages under /admin/plugins/recognition.
import { Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { ImportUnitsPage } from './import-units';
import { RecognitionsPage } from './recognitions';

const App = () => (
  <Routes>
    <Route index element={<RecognitionsPage />} />
    <Route path="import" element={<ImportUnitsPage />} />
    <Route path="*" element={<Page.Error />} />
  </Routes>
);

export default App;
