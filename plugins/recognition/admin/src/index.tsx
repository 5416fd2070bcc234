// The plugin's admin entry: the menu link "Công nhận điển hình" and its pages.
import { SealCheck } from '@strapi/icons';
import { CriteriaVersion } from './components/criteria-version';
import { PlanPreview } from './components/plan-preview';
import { withPlanConfirmation } from './components/plan-publish';
import { PlanReferences } from './components/plan-references';
import { fieldValueLabel } from '../../shared/domain/field-values';
import { landStaffOnThePlugin } from './landing';

const PLUGIN_ID = 'recognition';

export default {
  register(app: any) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: SealCheck,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Công nhận điển hình' },
      Component: () => import('./pages/app'),
      // Any of these opens the plugin: the Ministry's accounts hold only the figures and reports,
      // Sở Nội vụ's only the commendations.
      permissions: [
        { action: 'plugin::recognition.read', subject: null },
        { action: 'plugin::recognition.dashboard.read', subject: null },
        { action: 'plugin::recognition.commendations', subject: null },
      ],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Công nhận điển hình' });
  },
  bootstrap(app: any) {
    landStaffOnThePlugin();
    // The content manager's lists print enumerations as stored codes; each is shown in words.
    app.registerHook(
      'Admin/CM/pages/ListView/inject-column-in-table',
      ({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: unknown }) => ({
        layout,
        displayedHeaders: displayedHeaders.map((h) =>
          h.attribute?.type === 'enumeration'
            ? {
                ...h,
                cellFormatter: (
                  row: Record<string, unknown>,
                  _h: unknown,
                  { model }: { model: string },
                ) => fieldValueLabel(model, h.name, row[h.name]) || '-',
              }
            : h,
        ),
      }),
    );
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: 'recognition-plan-preview',
      Component: PlanPreview,
    });
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: 'recognition-plan-references',
      Component: PlanReferences,
    });
    app
      .getPlugin('content-manager')
      .apis.addDocumentAction((actions: any[]) =>
        actions.map((a) => (a.type === 'publish' ? withPlanConfirmation(a) : a)),
      );
    app.getPlugin('content-manager').injectComponent('editView', 'right-links', {
      name: 'recognition-criteria-version',
      Component: CriteriaVersion,
    });
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
