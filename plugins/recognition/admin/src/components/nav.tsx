// The plugin's page tabs, shown at the top of every page.
import { Flex } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

const tabs = [
  { to: '..', label: 'Đã công nhận', end: true },
  { to: '../dashboard', label: 'Bảng theo dõi' },
  { to: '../national', label: 'Toàn quốc' },
  { to: '../appraisal', label: 'Thẩm định' },
  { to: '../paper', label: 'Hồ sơ giấy' },
  { to: '../approval', label: 'Hàng chờ phê duyệt' },
  { to: '../decisions', label: 'Quyết định' },
  { to: '../extensions', label: 'Gia hạn' },
  { to: '../history', label: 'Nhật ký' },
  { to: '../plans', label: 'Kế hoạch' },
  { to: '../import', label: 'Nhập danh sách' },
];

/**
 * The plugin's pages as navigation: a <nav> of links, each a comfortable target (15 px text,
 * 8 px padding), the current one marked for screen readers (aria-current) and by a bar.
 */
export const Nav = ({ here }: { here: string }) => (
  <nav aria-label="Các trang công nhận điển hình">
    <Flex tag="ul" gap={1} wrap="wrap" style={{ listStyle: 'none', margin: '0 0 16px 0', padding: 0, borderBottom: '1px solid #dcdce4' }}>
      {tabs.map((t) => {
        const path = t.to === '..' ? '/plugins/recognition' : `/plugins/recognition/${t.to.slice(3)}`;
        const active = here === path;
        return (
          <li key={t.to}>
            <NavLink
              to={path}
              end={t.end}
              aria-current={active ? 'page' : undefined}
              style={{ display: 'inline-block', padding: '8px 12px', fontSize: 15, fontWeight: active ? 700 : 500, color: active ? '#271fe0' : '#32324d', textDecoration: 'none', borderBottom: active ? '3px solid #4945ff' : '3px solid transparent' }}
            >
              {t.label}
            </NavLink>
          </li>
        );
      })}
    </Flex>
  </nav>
);
