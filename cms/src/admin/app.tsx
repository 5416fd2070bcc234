// Admin panel settings: Vietnamese first, English second.
export default {
  config: {
    locales: ['vi'],
    translations: {
      vi: { 'app.components.LeftMenu.navbrand.title': 'Điển hình', 'app.components.LeftMenu.navbrand.workplace': 'Quản trị' },
      en: { 'app.components.LeftMenu.navbrand.title': 'Điển hình', 'app.components.LeftMenu.navbrand.workplace': 'Admin' },
    },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap() {},
};
