// Signing in, "quên mật khẩu" and setting a password from the e-mailed link: users-permissions'
// own routes (/api/auth/local, /forgot-password, /reset-password), in Vietnamese.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { api, session } from '../api';
import { Plain } from '../components/layout';
import { Notice } from '../components/ui';
import { signIn, type Me } from '../session';
import { useAction } from '../use-action';

export function Login({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { busy, error, run } = useAction();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run(async () =>
      onSignedIn(await signIn(String(form.get('identifier')).trim(), String(form.get('password')))),
    );
  }
  return (
    <Plain title="Đăng nhập">
      <Notice kind="ok">{notice}</Notice>
      <p>
        Dành cho cán bộ đơn vị (xã, phường, cơ quan, doanh nghiệp, cơ sở giáo dục) và thành viên hội
        đồng thẩm định.
      </p>
      <form onSubmit={submit} className="stack">
        <label>
          Thư điện tử hoặc tên đăng nhập
          <input name="identifier" type="text" autoComplete="username" required autoFocus />
        </label>
        <label>
          Mật khẩu
          <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <Notice kind="error">{error}</Notice>
        <button type="submit" disabled={busy}>
          {busy ? 'Đang đăng nhập…' : 'Đăng nhập'}
        </button>
      </form>
      <p>
        <Link to="/quen-mat-khau">Quên mật khẩu?</Link>
      </p>
    </Plain>
  );
}

export function Forgot() {
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget).get('email')).trim();
    void run(
      async () => (await api.raw('POST', '/api/auth/forgot-password', { email }), setSent(email)),
    );
  }
  return (
    <Plain title="Quên mật khẩu">
      {sent ? (
        <Notice kind="ok">
          Nếu {sent} là thư điện tử của một tài khoản, hệ thống đã gửi đường dẫn đặt lại mật khẩu
          tới địa chỉ đó. Kiểm tra hộp thư (cả mục thư rác).
        </Notice>
      ) : (
        <form onSubmit={submit} className="stack">
          <label>
            Thư điện tử của tài khoản
            <input name="email" type="email" autoComplete="email" required autoFocus />
          </label>
          <Notice kind="error">{error}</Notice>
          <button type="submit" disabled={busy}>
            Gửi đường dẫn đặt lại mật khẩu
          </button>
        </form>
      )}
      <p>
        <Link to="/dang-nhap">Quay lại đăng nhập</Link>
      </p>
    </Plain>
  );
}

export function ResetPassword() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { busy, error, setError, run } = useAction();
  const code = params.get('code') ?? '';
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const password = String(form.get('password'));
    if (password !== String(form.get('passwordConfirmation')))
      return setError('Hai lần nhập mật khẩu không khớp nhau.');
    void run(async () => {
      await api.raw('POST', '/api/auth/reset-password', {
        code,
        password,
        passwordConfirmation: password,
      });
      session.clear();
      navigate('/dang-nhap', {
        replace: true,
        state: { notice: 'Đã đặt mật khẩu. Mời đăng nhập bằng mật khẩu mới.' },
      });
    });
  }
  return (
    <Plain title="Đặt mật khẩu">
      {!code ? (
        <Notice kind="error">
          Đường dẫn thiếu mã đặt mật khẩu. Mở lại đường dẫn trong thư, hoặc yêu cầu gửi lại ở trang
          Quên mật khẩu.
        </Notice>
      ) : (
        <form onSubmit={submit} className="stack">
          <NewPassword autoFocus />
          <Notice kind="error">{error}</Notice>
          <button type="submit" disabled={busy}>
            Đặt mật khẩu
          </button>
        </form>
      )}
      <p>
        <Link to="/quen-mat-khau">Gửi lại đường dẫn</Link>
      </p>
    </Plain>
  );
}

/** The new password, typed twice (the form checks they match before sending). */
export function NewPassword({ autoFocus = false }: { autoFocus?: boolean }) {
  return (
    <>
      <label>
        Mật khẩu mới (ít nhất 8 ký tự)
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
          autoFocus={autoFocus}
        />
      </label>
      <label>
        Nhập lại mật khẩu mới
        <input
          name="passwordConfirmation"
          type="password"
          autoComplete="new-password"
          minLength={8}
          required
        />
      </label>
    </>
  );
}
