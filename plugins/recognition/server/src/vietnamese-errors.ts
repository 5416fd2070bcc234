// Errors that Strapi or its middlewares answer in English (body parsing, authentication) are
// given their Vietnamese wording on the plugin's routes, and the Content Manager's and the login
// routes' refusals too, so that every refusal reads the same.
import type { Core } from '@strapi/strapi';

const translations: [RegExp, string][] = [
  [/^invalid JSON, only supports object and array$/i, 'Nội dung yêu cầu không phải JSON hợp lệ: chỉ nhận một đối tượng hoặc mảng JSON.'],
  [/JSON/i, 'Nội dung yêu cầu không phải JSON hợp lệ.'],
  [/^Missing or invalid credentials$/i, 'Thiếu hoặc sai thông tin đăng nhập (JWT); hãy đăng nhập lại.'],
  [/^Forbidden$/i, 'Không có quyền thực hiện thao tác này.'],
  [/^Unauthorized$/i, 'Cần đăng nhập.'],
  [/^Not Found$/i, 'Không tìm thấy.'],
  [/^Policy Failed$/i, 'Không có quyền thực hiện thao tác này.'],
  [/^Too many requests/i, 'Quá nhiều yêu cầu; thử lại sau ít phút.'],
  [/^Payload Too Large/i, 'Tệp hoặc nội dung gửi lên quá lớn.'],
  [/^Internal Server Error$/i, 'Lỗi máy chủ; đã ghi nhật ký để xử lý.'],
];

const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

export function registerVietnameseErrors(strapi: Core.Strapi): void {
  strapi.server.use(async (ctx: any, next: () => Promise<void>) => {
    await next();
    const ours = ctx.path.startsWith('/api/recognition') || ctx.path.startsWith('/recognition/') || ctx.path.startsWith('/verify/');
    const error = ctx.body?.error;
    // users-permissions answers a caller without credentials with the public role's 403; on the
    // plugin's content API that caller is unauthenticated, and is told so.
    if (ours && ctx.status === 403 && error && !ctx.state?.user && !ctx.get('authorization') && ctx.path.startsWith('/api/recognition')) {
      ctx.status = 401;
      ctx.body = { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Cần đăng nhập.', details: { code: 'unauthenticated' } } };
      return;
    }
    // The Content Manager's and the login routes' refusals too (their validation messages keep
    // their field details, which the admin shows itself).
    const refusal = (ctx.path.startsWith('/content-manager/') || ctx.path.startsWith('/api/auth/') || ctx.path === '/admin/login') && [401, 403, 429].includes(ctx.status);
    if ((!ours && !refusal) || ctx.status < 400 || !error || typeof error.message !== 'string' || vietnamese.test(error.message)) return;
    const hit = translations.find(([re]) => re.test(error.message));
    error.message = hit ? hit[1] : `Yêu cầu không thực hiện được (${ctx.status}).`;
  });
}
