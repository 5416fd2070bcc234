// Admin panel settings: Vietnamese first (the login page included), English kept as a choice.
import { fieldLabels } from '../../../plugins/recognition/shared/domain/field-labels';
import { bareValueLabels } from '../../../plugins/recognition/shared/domain/field-values';
import { pluginTypeNames } from '../../../plugins/recognition/shared/domain/type-names';
import { preferVietnamese } from './vietnamese';
import adminVi from './translations/admin.vi.json';
import contentManagerVi from './translations/content-manager.vi.json';
import pluginsVi from './translations/plugins.vi.json';
import uploadVi from './translations/upload.vi.json';

preferVietnamese();

/**
 * The content manager asks for a message per field (`content-manager.content-types.<uid>.<field>`,
 * `content-manager.components.<uid>.<field>`), per content-type name and per bare enumeration
 * value; without one in the current language react-intl logs a MISSING_TRANSLATION error for
 * every render. They come from the same labels the server applies to the views.
 */
function domainMessages(): Record<string, string> {
  const out: Record<string, string> = { ...bareValueLabels() };
  const system = {
    id: 'Mã số',
    documentId: 'Mã tài liệu',
    createdAt: 'Tạo lúc',
    updatedAt: 'Cập nhật lúc',
    publishedAt: 'Xuất bản lúc',
    createdBy: 'Người tạo',
    updatedBy: 'Người cập nhật',
  };
  for (const [uid, fields] of Object.entries(fieldLabels)) {
    const isType = uid.includes('::');
    const prefix = isType
      ? `content-manager.content-types.${uid}`
      : `content-manager.components.${uid}`;
    for (const [field, label] of Object.entries({ ...(isType ? system : {}), ...fields }))
      out[`${prefix}.${field}`] = label;
  }
  // Content-type names are their own message ids; the names are already Vietnamese.
  const schemas = import.meta.glob(['../api/*/content-types/*/schema.json'], {
    eager: true,
    import: 'default',
  }) as Record<string, { info: { displayName: string } }>;
  for (const name of [
    ...Object.values(schemas).map((s) => s.info.displayName),
    ...Object.values(pluginTypeNames),
  ])
    out[name] = name;
  return out;
}

const vi = {
  ...adminVi,
  ...contentManagerVi,
  ...pluginsVi,
  ...uploadVi,
  ...domainMessages(),
  'app.components.LeftMenu.navbrand.title': 'Điển hình',
  'app.components.LeftMenu.navbrand.workplace': 'Quản trị',
  'Auth.form.welcome.title': 'Chào mừng đến với Điển hình',
  'Auth.form.welcome.subtitle': 'Đăng nhập bằng tài khoản cán bộ tỉnh',
  'Auth.form.register.subtitle': 'Tài khoản dùng để quản trị Điển hình',
  recognition: 'Công nhận điển hình',
  'Auth.form.email.label': 'Thư điện tử',
  'Auth.form.email.placeholder': 'ví dụ: canbo@tinh.gov.vn',
};

export default {
  config: {
    locales: ['vi'],
    translations: {
      vi,
      en: {
        'app.components.LeftMenu.navbrand.title': 'Điển hình',
        'app.components.LeftMenu.navbrand.workplace': 'Admin',
      },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  register(app: { router?: { menu?: { to: string; permissions?: { action: string }[] }[] } }) {
    // Strapi shows "Content Manager" to every account (its link asks for no permission), so the
    // secretariat and the approver, who may read no content type, met a page saying so. It shows
    // now to accounts that may read at least one.
    const cm = app.router?.menu?.find((l) => l.to === 'content-manager');
    if (cm) cm.permissions = [{ action: 'plugin::content-manager.explorer.read' }];
  },
  bootstrap() {
    // The settings' overview printed the edition as Strapi names it ("Community").
    const strapiGlobal = (window as unknown as { strapi?: { projectType?: string } }).strapi;
    if (
      strapiGlobal &&
      strapiGlobal.projectType === 'Community' &&
      document.documentElement.lang === 'vi'
    )
      strapiGlobal.projectType = 'Phiên bản cộng đồng (miễn phí)';
  },
};
