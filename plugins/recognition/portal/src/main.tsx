// The portal: who is signed in decides the home page (an officer's unit, a commune's or a
// department's units, or a council member's dossiers); every page below is one route of the content API, checked there.
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { session, whenSignedOut } from './api';
import { Layout } from './components/layout';
import { Loading, Notice } from './components/ui';
import { Forgot, Login, ResetPassword } from './pages/auth';
import { CouncilDossier, CouncilList } from './pages/council';
import { OfficerHome } from './pages/officer-home';
import { TierHome } from './pages/tier-home';
import { TierReport } from './pages/tier-report';
import { Registration } from './pages/registration';
import { currentUser, type Me } from './session';
import { forgetDrafts } from './use-mark-draft';
import { Notifications } from './pages/notifications';
import { ChangePassword } from './pages/account';
import { api, schemas } from './api';
import './styles.css';

const titles: Record<string, string> = {
  '/': 'Trang chính',
  '/ho-so': 'Hồ sơ điển hình',
  '/tham-dinh': 'Thẩm định hồ sơ',
  '/thong-bao': 'Thông báo',
  '/tai-khoan': 'Đổi mật khẩu',
};

function App() {
  const [me, setMe] = useState<Me | null | undefined>(session.token() ? undefined : null);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const [unread, setUnread] = useState<number | null>(null);
  const countUnread = () =>
    void api.get('/api/recognition/notifications', schemas.notifications).then(
      (n) => setUnread(n.unread),
      () => setUnread(null),
    );
  // The unread count is read again on every page change, so the header stays current.
  useEffect(() => {
    if (me) countUnread();
  }, [me, location.pathname]);

  useEffect(() => {
    whenSignedOut(() => setMe(null));
    if (me === undefined)
      currentUser().then(
        setMe,
        (e) => (setError((e as Error).message), session.clear(), setMe(null)),
      );
  }, []);
  // Each page gets its own document title and focus on its heading, as a screen reader expects.
  useEffect(() => {
    const key = '/' + (location.pathname.split('/')[1] ?? '');
    document.title = `${titles[key] ?? 'Cổng điển hình'} – Cổng điển hình`;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname]);

  if (me === undefined) return <Loading what="tài khoản" />;
  if (me === null) {
    return (
      <Routes>
        <Route path="/quen-mat-khau" element={<Forgot />} />
        <Route path="/dat-mat-khau" element={<ResetPassword />} />
        <Route
          path="*"
          element={
            <>
              {error && <Notice kind="error">{error}</Notice>}
              <Login onSignedIn={(m) => (setMe(m), navigate('/', { replace: true }))} />
            </>
          }
        />
      </Routes>
    );
  }
  // Signing out ends the session on the server too (every token of the account), then here.
  const signOut = () => {
    void api
      .raw('POST', '/api/recognition/sessions/end', {})
      .catch(() => undefined)
      .finally(() => (session.clear(), forgetDrafts(), setMe(null), navigate('/dang-nhap')));
  };
  const officer = me.role === 'unit_officer';
  const tier = me.role === 'commune_officer' || me.role === 'department_officer';
  const page = (title: string, el: JSX.Element) => (
    <Layout me={me} onSignOut={signOut} title={title} unread={unread}>
      {el}
    </Layout>
  );
  return (
    <Routes>
      <Route
        path="/"
        element={
          tier
            ? page('Đơn vị quản lý', <TierHome />)
            : page(
                officer ? 'Hồ sơ điển hình của đơn vị' : 'Đơn vị đang thẩm định',
                officer ? <OfficerHome me={me} /> : <CouncilList me={me} />,
              )
        }
      />
      {officer && (
        <Route path="/ho-so/:id/:tab?" element={page('Hồ sơ điển hình', <Registration />)} />
      )}
      {tier && <Route path="/bao-cao/:key" element={page('Báo cáo', <TierReport />)} />}
      {!officer && !tier && (
        <Route path="/tham-dinh/:id" element={page('Thẩm định hồ sơ', <CouncilDossier />)} />
      )}
      <Route
        path="/thong-bao"
        element={page('Thông báo', <Notifications onChange={countUnread} />)}
      />
      <Route path="/tai-khoan" element={page('Đổi mật khẩu', <ChangePassword />)} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter basename="/portal">
      <App />
    </BrowserRouter>
  </StrictMode>,
);
