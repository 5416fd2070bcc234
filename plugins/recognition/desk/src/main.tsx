// The staff desk: sign in, then the programme's pages (the plugin's own admin pages, loaded when
// first opened) under a bar that names the account and leads to Strapi's full admin for those
// whose role has more there (content editing, settings). Everything a page may do is still
// decided by the server, route by route, as in the admin.
import { Box, Button, DesignSystemProvider, Flex, Loader, Typography } from '@strapi/design-system';
import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { resume, signOut, type Session } from './session';
import { SignIn } from './sign-in';
import { DeskSession } from './strapi-admin';

const Pages = lazy(() => import('../../admin/src/pages/app'));

const waiting = (
  <Flex justifyContent="center" padding={10}>
    <Loader>Đang tải…</Loader>
  </Flex>
);

/** Whether Strapi's full admin has more for this account than the desk (content, settings). */
const hasFullAdmin = (s: Session) =>
  s.me.roles.some((r) => r.code === 'strapi-super-admin') ||
  s.permissions.some((p) => p.action === 'plugin::content-manager.explorer.read');

function Bar({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const name = [session.me.lastname, session.me.firstname].filter(Boolean).join(' ');
  return (
    <Box
      background="neutral0"
      paddingLeft={10}
      paddingRight={10}
      paddingTop={3}
      paddingBottom={3}
      borderColor="neutral150"
    >
      <Flex justifyContent="space-between" gap={4} wrap="wrap">
        <Typography variant="delta" tag="p">
          Công nhận điển hình · Bàn làm việc
        </Typography>
        <Flex gap={4} wrap="wrap">
          <Typography variant="pi" textColor="neutral700">
            {name || session.me.email} ({session.me.roles.map((r) => r.name).join(', ')})
          </Typography>
          {hasFullAdmin(session) && <a href="/admin">Trang quản trị đầy đủ</a>}
          <Button variant="tertiary" size="S" onClick={onSignOut}>
            Đăng xuất
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}

function Desk() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => void resume().then(setSession), []);
  if (session === undefined) return waiting;
  if (!session) return <SignIn onSignedIn={setSession} />;
  return (
    <DeskSession.Provider value={session}>
      <Bar session={session} onSignOut={() => void signOut().then(() => setSession(null))} />
      <Suspense fallback={waiting}>
        <Routes>
          <Route path="/plugins/recognition/*" element={<Pages />} />
          <Route path="*" element={<Navigate to="/plugins/recognition" replace />} />
        </Routes>
      </Suspense>
    </DeskSession.Provider>
  );
}

createRoot(document.getElementById('desk')!).render(
  <StrictMode>
    <DesignSystemProvider locale="vi">
      <BrowserRouter basename="/desk">
        <Desk />
      </BrowserRouter>
    </DesignSystemProvider>
  </StrictMode>,
);
