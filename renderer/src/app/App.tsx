import { HashRouter, Navigate, Route, Routes } from 'react-router-dom';
import { Providers } from './providers';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';
import { DatabaseGate } from './DatabaseGate';
import { PlansPage } from '../features/plans';
import { DataEntryPage } from '../features/dataEntry';
import { EvaluationPage } from '../features/evaluation';
import { ReportPage } from '../features/report';
import { SettingsPage } from '../features/settings';
import { WorkItemsPage } from '../features/workItems';

/**
 * Hash routing: works identically under app://workbench (Electron) and http://localhost (web
 * mode) without a server-side fallback.
 */
export function App() {
  return (
    <Providers>
      <ErrorBoundary>
        <DatabaseGate>
          <HashRouter>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<Navigate to="/plans" replace />} />
                <Route path="/plans" element={<PlansPage />} />
                <Route path="/plans/:planId" element={<PlansPage />} />
                <Route path="/data-entry" element={<DataEntryPage />} />
                <Route path="/evaluation" element={<EvaluationPage />} />
                <Route path="/work-items" element={<WorkItemsPage />} />
                <Route path="/report" element={<ReportPage />} />
                <Route path="/settings" element={<SettingsPage />} />
                <Route path="*" element={<Navigate to="/plans" replace />} />
              </Route>
            </Routes>
          </HashRouter>
        </DatabaseGate>
      </ErrorBoundary>
    </Providers>
  );
}
