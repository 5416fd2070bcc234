// Staff of the programme land on its pages, not on Strapi's system home page: whenever the admin
// opens at /admin (after signing in, from the logo, by address), an account without the super
// admin role is taken to "Công nhận điển hình". The admin's router (react-router) reads a replaced
// history entry once a popstate event tells it to; a super admin keeps Strapi's home.
import { getFetchClient } from '@strapi/strapi/admin';

const HOME = /^\/admin\/?$/;
const PLUGIN_HOME = '/admin/plugins/recognition';

/** Whether the signed-in account holds only staff roles (null: nobody is signed in yet). */
async function staffOnly(): Promise<boolean | null> {
  try {
    const { data } = await getFetchClient().get<{ data?: { roles?: { code: string }[] } }>(
      '/admin/users/me',
    );
    const codes = (data?.data?.roles ?? []).map((r) => r.code);
    return !codes.includes('strapi-super-admin');
  } catch {
    return null;
  }
}

async function landIfHome() {
  if (!HOME.test(window.location.pathname)) return;
  if (!(await staffOnly())) return;
  // Still at home once the answer came: the user did not go elsewhere meanwhile.
  if (!HOME.test(window.location.pathname)) return;
  window.history.replaceState(window.history.state, '', PLUGIN_HOME);
  window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
}

export function landStaffOnThePlugin() {
  for (const method of ['pushState', 'replaceState'] as const) {
    const original = window.history[method].bind(window.history);
    window.history[method] = (...args: Parameters<History['pushState']>) => {
      original(...args);
      void landIfHome();
    };
  }
  window.addEventListener('popstate', () => void landIfHome());
  void landIfHome();
}
