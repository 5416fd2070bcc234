// The desk's sign-in: the admin account's e-mail and password, checked by Strapi's own
// /admin/login (and its lock after repeated failures); the server's message shown as it is.
import { Box, Button, Field, Flex, Main, TextInput, Typography } from '@strapi/design-system';
import { useState, type FormEvent } from 'react';
import { signIn, type Session } from './session';

export function SignIn({ onSignedIn }: { onSignedIn: (s: Session) => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(email.trim(), password);
      if (session) onSignedIn(session);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Main>
      <Flex justifyContent="center" paddingTop={10} paddingLeft={4} paddingRight={4}>
        <Box
          background="neutral0"
          shadow="tableShadow"
          hasRadius
          padding={8}
          width="100%"
          maxWidth="480px"
        >
          <form onSubmit={submit}>
            <Flex direction="column" alignItems="stretch" gap={5}>
              <Typography tag="h1" variant="alpha">
                Công nhận điển hình
              </Typography>
              <Typography textColor="neutral600">
                Bàn làm việc của cán bộ tỉnh (thư ký, người phê duyệt, biên tập viên): đăng nhập
                bằng tài khoản quản trị.
              </Typography>
              <Field.Root name="email" required>
                <Field.Label>Thư điện tử</Field.Label>
                <TextInput
                  name="email"
                  type="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e: { target: { value: string } }) => setEmail(e.target.value)}
                />
              </Field.Root>
              <Field.Root name="password" required>
                <Field.Label>Mật khẩu</Field.Label>
                <TextInput
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e: { target: { value: string } }) => setPassword(e.target.value)}
                />
              </Field.Root>
              {error && (
                <Typography textColor="danger600" role="alert">
                  {error}
                </Typography>
              )}
              <Button type="submit" size="L" fullWidth loading={busy}>
                Đăng nhập
              </Button>
              <Typography variant="pi" textColor="neutral600">
                Quên mật khẩu: dùng <a href="/admin/auth/forgot-password">trang quản trị</a>.
              </Typography>
            </Flex>
          </form>
        </Box>
      </Flex>
    </Main>
  );
}
