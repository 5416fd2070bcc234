// The signed-in user's own account: changing the password (users-permissions' change-password,
// which ends every other session of the account and answers with a new token for this one).
import { useState, type FormEvent } from 'react';
import { api, session } from '../api';
import { Notice } from '../components/ui';
import { useAction } from '../use-action';
import { NewPassword } from './auth';

export function ChangePassword() {
  const { busy, error, setError, run } = useAction();
  const [done, setDone] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const el = e.currentTarget;
    const form = new FormData(el);
    const password = String(form.get('password'));
    if (password !== String(form.get('passwordConfirmation')))
      return setError('Hai lần nhập mật khẩu mới không khớp nhau.');
    setDone(false);
    void run(async () => {
      const answer = await api.raw('POST', '/api/auth/change-password', {
        currentPassword: String(form.get('currentPassword')),
        password,
        passwordConfirmation: password,
      });
      session.set(answer.jwt);
      el.reset();
      setDone(true);
    });
  }
  return (
    <form onSubmit={submit} className="stack">
      <p className="muted">
        Đổi mật khẩu kết thúc mọi phiên đăng nhập khác của tài khoản (trên máy khác, trình duyệt
        khác).
      </p>
      <label>
        Mật khẩu hiện tại
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
        />
      </label>
      <NewPassword />
      <Notice kind="error">{error}</Notice>
      {done && <Notice kind="ok">Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.</Notice>}
      <button type="submit" disabled={busy}>
        Đổi mật khẩu
      </button>
    </form>
  );
}
