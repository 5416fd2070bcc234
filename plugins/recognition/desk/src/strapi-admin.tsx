// The desk's stand-in for '@strapi/strapi/admin' (the build aliases that module here): the few
// things the plugin's pages take from Strapi's admin, answered from the desk's own session.
// Their shapes follow Strapi's: useAuth(name, selector) over { token, user, permissions },
// a fetch client answering { data } and failing with error.response.data, Page and Layouts.
import { Box, Flex, Loader, Main, Typography } from '@strapi/design-system';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { json, type Session } from './session';

export const DeskSession = createContext<Session | null>(null);

type AuthState = { token: string; user: Session['me']; permissions: Session['permissions'] };

export function useAuth<T>(_caller: string, select: (s: AuthState) => T): T {
  const s = useContext(DeskSession);
  if (!s) throw new Error('useAuth outside the desk session');
  return select({ token: s.token, user: s.me, permissions: s.permissions });
}

type Options = { headers?: Record<string, string> };
const client = {
  get: (path: string) => json('GET', path),
  post: (path: string, body?: unknown, o?: Options) => json('POST', path, body, o?.headers),
  put: (path: string, body?: unknown, o?: Options) => json('PUT', path, body, o?.headers),
  del: (path: string) => json('DELETE', path),
};
export const useFetchClient = () => client;
export const getFetchClient = () => client;

const Title = ({ children }: { children: string }) => {
  useEffect(() => {
    document.title = `${children} · Bàn làm việc`;
  }, [children]);
  return null;
};

export const Page = {
  Main: ({ children }: { children: ReactNode }) => <Main>{children}</Main>,
  Title,
  Loading: ({ children }: { children?: ReactNode }) => (
    <Flex justifyContent="center" padding={8}>
      <Loader>{children ?? 'Đang tải…'}</Loader>
    </Flex>
  ),
  Error: () => (
    <Box padding={8}>
      <Typography variant="beta" tag="p">
        Không có trang này, hoặc tài khoản không được mở trang này.
      </Typography>
    </Box>
  ),
};

export const Layouts = {
  Header: ({
    title,
    subtitle,
    primaryAction,
  }: {
    title: ReactNode;
    subtitle?: ReactNode;
    primaryAction?: ReactNode;
  }) => (
    <Box paddingTop={6} paddingBottom={6} paddingLeft={10} paddingRight={10}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={4} wrap="wrap">
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography tag="h1" variant="alpha">
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="epsilon" textColor="neutral600">
              {subtitle}
            </Typography>
          )}
        </Flex>
        {primaryAction}
      </Flex>
    </Box>
  ),
  Content: ({ children }: { children: ReactNode }) => (
    <Box paddingLeft={10} paddingRight={10} paddingBottom={10}>
      {children}
    </Box>
  ),
};
