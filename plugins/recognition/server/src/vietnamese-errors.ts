// Errors that Strapi or its middlewares answer in English (body parsing, authentication) are
// given their Vietnamese wording on the plugin's routes, and the Content Manager's and the login
// routes' refusals too, so that every refusal reads the same.
import type { Core } from '@strapi/strapi';
import type { ParameterizedContext } from 'koa';
import type { RequestState } from './controllers/context';

const translations: [RegExp, string][] = [
  [
    /^invalid JSON, only supports object and array$/i,
    'Nội dung yêu cầu không phải JSON hợp lệ: chỉ nhận một đối tượng hoặc mảng JSON.',
  ],
  [/JSON/i, 'Nội dung yêu cầu không phải JSON hợp lệ.'],
  [
    /^Missing or invalid credentials$/i,
    'Thiếu hoặc sai thông tin đăng nhập (JWT); hãy đăng nhập lại.',
  ],
  [/^Forbidden$/i, 'Không có quyền thực hiện thao tác này.'],
  [/^Unauthorized$/i, 'Cần đăng nhập.'],
  [/^Not Found$/i, 'Không tìm thấy.'],
  [/^Policy Failed$/i, 'Không có quyền thực hiện thao tác này.'],
  [/^Too many requests/i, 'Quá nhiều yêu cầu; thử lại sau ít phút.'],
  [/^Payload Too Large/i, 'Tệp hoặc nội dung gửi lên quá lớn.'],
  [/^Internal Server Error$/i, 'Lỗi máy chủ; đã ghi nhật ký để xử lý.'],
];

/** users-permissions' own answers on /api/auth (sign-in, reset, self-registration), as the portal shows them. */
const authTranslations: [RegExp, string][] = [
  [/^Invalid identifier or password$/i, 'Sai thư điện tử (tên đăng nhập) hoặc mật khẩu.'],
  [
    /^Register action is currently disabled$/i,
    'Không tự đăng ký tài khoản được: tài khoản do tỉnh / thành phố cấp và gửi thư mời.',
  ],
  [
    /^Incorrect code provided$/i,
    'Mã đặt mật khẩu không đúng hoặc đã được dùng; yêu cầu gửi lại đường dẫn ở trang Quên mật khẩu.',
  ],
  [/^Passwords do not match$/i, 'Hai lần nhập mật khẩu không khớp nhau.'],
  [/blocked/i, 'Tài khoản đã bị khoá; liên hệ cơ quan Công an cấp tài khoản.'],
  [/email is not confirmed/i, 'Tài khoản chưa xác nhận thư điện tử.'],
  [/password must be at least (\d+) characters/i, 'Mật khẩu cần ít nhất $1 ký tự.'],
];

/** The admin's own sign-in refusals (Strapi answers a wrong password 400 "Invalid credentials"). */
const adminLoginTranslations: [RegExp, string][] = [
  [/^Invalid credentials$/i, 'Sai thư điện tử hoặc mật khẩu.'],
  [/^User not active$/i, 'Tài khoản quản trị chưa được kích hoạt hoặc đã bị khoá.'],
];

const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** The error of Strapi's answer body, where there is one, to be worded in place. */
const errorOf = (body: unknown): { message?: unknown } | undefined => {
  const error = body && typeof body === 'object' ? (body as { error?: unknown }).error : undefined;
  return error && typeof error === 'object' ? error : undefined;
};

export function registerVietnameseErrors(strapi: Core.Strapi): void {
  strapi.server.use(async (ctx: ParameterizedContext<RequestState>, next: () => Promise<void>) => {
    await next();
    const ours =
      ctx.path.startsWith('/api/recognition') ||
      ctx.path.startsWith('/recognition/') ||
      ctx.path.startsWith('/verify/') ||
      ctx.path.startsWith('/cong-nhan/');
    const error = errorOf(ctx.body);
    // users-permissions answers a caller without credentials with the public role's 403; on the
    // plugin's content API that caller is unauthenticated, and is told so.
    if (
      ours &&
      ctx.status === 403 &&
      error &&
      !ctx.state?.user &&
      !ctx.get('authorization') &&
      ctx.path.startsWith('/api/recognition')
    ) {
      ctx.status = 401;
      ctx.body = {
        data: null,
        error: {
          status: 401,
          name: 'UnauthorizedError',
          message: 'Cần đăng nhập.',
          details: { code: 'unauthenticated' },
        },
      };
      return;
    }
    // The Content Manager's and the login routes' refusals too (their validation messages keep
    // their field details, which the admin shows itself).
    const refusal =
      (ctx.path.startsWith('/content-manager/') ||
        ctx.path.startsWith('/api/auth/') ||
        ctx.path === '/admin/login') &&
      [401, 403, 429].includes(ctx.status);
    if (
      ctx.status < 400 ||
      !error ||
      typeof error.message !== 'string' ||
      vietnamese.test(error.message)
    )
      return;
    const message = error.message;
    // The sign-in routes' own refusals, the portal's and the admin's, each by its own table.
    const signIn = ctx.path.startsWith('/api/auth/')
      ? authTranslations
      : ctx.path === '/admin/login'
        ? adminLoginTranslations
        : [];
    const auth = signIn.find(([re]) => re.test(message));
    if (auth) {
      error.message = message.replace(new RegExp(`^.*?${auth[0].source}.*$`, 'is'), auth[1]);
      return;
    }
    // A text longer than its field allows (every text field has a limit), in the Content Manager or ours.
    const tooLong = /^(\S+) must be at most (\d+) characters$/.exec(message);
    if (tooLong && (ours || ctx.path.startsWith('/content-manager/'))) {
      error.message = `Trường "${tooLong[1]}" dài quá: tối đa ${tooLong[2]} ký tự.`;
      return;
    }
    if (!ours && !refusal) return;
    const hit = translations.find(([re]) => re.test(message));
    error.message = hit ? hit[1] : `Yêu cầu không thực hiện được (${ctx.status}).`;
  });
}
