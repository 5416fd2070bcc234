// The plugin's page tabs, shown at the top of every page.
import { Flex } from '@strapi/design-system';
import { useAuth } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';

// Each tab with the plugin permission(s) its page needs (any one of them): the same actions the
// server's routes ask for (the plugin's routes/index.ts), so a role is never shown a page that answers 403.
const tabs = [
  { to: '..', label: 'Đã công nhận', end: true, needs: ['read'] },
  { to: '../dashboard', label: 'Bảng theo dõi', needs: ['dashboard.read'] },
  { to: '../national', label: 'Toàn quốc', needs: ['dashboard.read'] },
  { to: '../forecasts', label: 'Dự kiến kết quả', needs: ['dashboard.read'] },
  { to: '../reports', label: 'Báo cáo', needs: ['reports.export'] },
  { to: '../selection', label: 'Lựa chọn đơn vị', needs: ['appraisal.manage', 'approve'] },
  { to: '../appraisal', label: 'Thẩm định', needs: ['appraisal.manage'] },
  { to: '../paper', label: 'Hồ sơ giấy', needs: ['appraisal.manage'] },
  { to: '../approval', label: 'Hàng chờ phê duyệt', needs: ['approve'] },
  { to: '../decisions', label: 'Quyết định', needs: ['read'] },
  { to: '../acts', label: 'Văn bản', needs: ['read'] },
  { to: '../maintenance', label: 'Duy trì', needs: ['read'] },
  { to: '../commendations', label: 'Khen thưởng', needs: ['commendations'] },
  { to: '../extensions', label: 'Gia hạn', needs: ['approve'] },
  { to: '../history', label: 'Nhật ký', needs: ['audit.read'] },
  { to: '../plans', label: 'Kế hoạch', needs: ['plans.apply'] },
  { to: '../criteria-import', label: 'Nhập bộ tiêu chí', needs: ['plans.apply'] },
  {
    to: '../import',
    label: 'Nhập danh sách',
    needs: ['units.import', 'accounts.import', 'results.import'],
  },
];

/** The tabs the signed-in account may open, from the permissions the admin loaded at sign-in. */
export function tabsFor(actions: readonly string[]) {
  const held = new Set(actions);
  return tabs.filter((t) => t.needs.some((a) => held.has(`plugin::recognition.${a}`)));
}

/**
 * The plugin's pages as navigation: a <nav> of links, each a comfortable target (15 px text,
 * 8 px padding), the current one marked for screen readers (aria-current) and by a bar.
 */
export const Nav = ({ here }: { here: string }) => {
  const permissions = useAuth('Nav', (s) => s.permissions);
  return (
    <nav aria-label="Các trang công nhận điển hình">
      <Flex
        tag="ul"
        gap={1}
        wrap="wrap"
        style={{
          listStyle: 'none',
          margin: '0 0 16px 0',
          padding: 0,
          borderBottom: '1px solid #dcdce4',
        }}
      >
        {tabsFor(permissions.map((p) => p.action)).map((t) => {
          const path =
            t.to === '..' ? '/plugins/recognition' : `/plugins/recognition/${t.to.slice(3)}`;
          const active = here === path;
          return (
            <li key={t.to}>
              <NavLink
                to={path}
                end={t.end}
                aria-current={active ? 'page' : undefined}
                style={{
                  display: 'inline-block',
                  padding: '8px 12px',
                  fontSize: 15,
                  fontWeight: active ? 700 : 500,
                  color: active ? '#271fe0' : '#32324d',
                  textDecoration: 'none',
                  borderBottom: active ? '3px solid #4945ff' : '3px solid transparent',
                }}
              >
                {t.label}
              </NavLink>
            </li>
          );
        })}
      </Flex>
    </nav>
  );
};
