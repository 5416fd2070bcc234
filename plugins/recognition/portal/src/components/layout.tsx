// The frame of every signed-in page: a skip link, the header with who is signed in and a way out,
// and the main region the page fills.
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { unitName } from '../format';
import type { Me } from '../session';

export function Layout({
  me,
  onSignOut,
  title,
  unread,
  children,
}: {
  me: Me;
  onSignOut: () => void;
  title: string;
  unread: number | null;
  children: ReactNode;
}) {
  return (
    <>
      <a className="skip" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="top">
        <Link to="/" className="brand">
          Cổng điển hình
        </Link>
        <div className="who">
          <span>
            {me.unit ? unitName(me.unit) : me.roleLabel} · <span className="muted">{me.email}</span>
          </span>
          <Link to="/thong-bao" className="bell">
            Thông báo{unread ? ` (${unread} chưa đọc)` : ''}
          </Link>
          <Link to="/tai-khoan">Đổi mật khẩu</Link>
          <button type="button" className="link" onClick={onSignOut}>
            Đăng xuất
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{title}</h1>
        {children}
      </main>
      <footer className="foot muted">
        Phong trào toàn dân bảo vệ an ninh Tổ quốc ·{' '}
        {me.jurisdictions.map((j) => j.name).join(', ')}
      </footer>
    </>
  );
}

/** The frame of the pages before signing in. */
export function Plain({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="plain">
      <p className="brand">Cổng điển hình</p>
      <h1>{title}</h1>
      {children}
    </main>
  );
}
