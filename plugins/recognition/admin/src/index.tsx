// The plugin's admin entry: the menu link "Công nhận điển hình" and its pages.
import { SealCheck } from '@strapi/icons';
import { CriteriaVersion } from './components/criteria-version';
import { PlanPreview } from './components/plan-preview';

const PLUGIN_ID = 'recognition';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: SealCheck,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Công nhận điển hình' },
      Component: () => import('./pages/app'),
      permissions: [{ action: 'plugin::recognition.read', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Công nhận điển hình' });
  },
  bootstrap(app: any) {
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'recognition-plan-preview', Component: PlanPreview });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', { name: 'recognition-criteria-version', Component: CriteriaVersion });
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = await import(`./translations/${locale}.json`);
          return { data, locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};
