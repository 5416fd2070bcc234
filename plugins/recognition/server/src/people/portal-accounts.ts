// Portal accounts through users-permissions' own mechanisms, set at every boot: the reset link of
// "quên mật khẩu" leads to the portal's page, the reset e-mail is in Vietnamese (unless an
// administrator has since written their own), and nobody may open an account by themselves:
// accounts are made by the province (one by one, or in bulk with an invitation).
import type { Core } from '@strapi/strapi';
import { pdfService } from '../documents';

export const PORTAL_PATH = '/portal';
export const resetPage = (publicUrl: string) =>
  `${publicUrl.replace(/\/$/, '')}${PORTAL_PATH}/dat-mat-khau`;

const vietnameseReset = {
  object: 'Đặt lại mật khẩu cổng điển hình',
  message: `<p>Kính gửi Anh/Chị,</p>
<p>Hệ thống nhận được yêu cầu đặt lại mật khẩu cho tài khoản này trên cổng xây dựng, công nhận điển hình phong trào toàn dân bảo vệ an ninh Tổ quốc.</p>
<p>Đặt mật khẩu mới tại: <a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>Nếu Anh/Chị không yêu cầu, xin bỏ qua thư này; mật khẩu hiện tại vẫn giữ nguyên.</p>`,
};

export async function ensurePortalAccounts(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  const wanted = {
    ...advanced,
    email_reset_password: resetPage(pdfService(strapi).config().publicUrl),
    allow_register: false,
  };
  if (JSON.stringify(wanted) !== JSON.stringify(advanced))
    await store.set({ key: 'advanced', value: wanted });

  // users-permissions keeps its e-mail templates as untyped settings: read as what is used here.
  type Template = {
    options?: Record<string, unknown> & {
      message?: string;
      from?: { name?: string; email?: string };
    };
  };
  const email = ((await store.get({ key: 'email' })) ?? {}) as Record<string, Template>;
  const options = email.reset_password?.options;
  // Strapi's English default is replaced; a message an administrator wrote is kept.
  if (options && /We heard that you lost your password/.test(options.message ?? '')) {
    const from = strapi.config.get(
      'plugin::email.settings.defaultFrom',
      options.from?.email,
    ) as string;
    email.reset_password = {
      ...email.reset_password,
      options: { ...options, ...vietnameseReset, from: { name: 'Cổng điển hình', email: from } },
    };
    await store.set({ key: 'email', value: email });
  }
}
