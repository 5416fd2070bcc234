// The plugin's page tabs, shown at the top of every page.
import { Flex } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

const tabs = [
  { to: '..', label: 'Đã công nhận', end: true },
  { to: '../dashboard', label: 'Bảng theo dõi' },
  { to: '../appraisal', label: 'Thẩm định' },
  { to: '../paper', label: 'Hồ sơ giấy' },
  { to: '../approval', label: 'Hàng chờ phê duyệt' },
  { to: '../decisions', label: 'Quyết định' },
  { to: '../extensions', label: 'Gia hạn' },
  { to: '../history', label: 'Nhật ký' },
  { to: '../import', label: 'Nhập danh sách' },
];

export const Nav = ({ here }: { here: string }) => (
  <Flex gap={4} paddingBottom={4} wrap="wrap">
    {tabs.map((t) => {
      const path = t.to === '..' ? '/plugins/recognition' : `/plugins/recognition/${t.to.slice(3)}`;
      const active = here === path;
      return (
        <NavLink key={t.to} to={path} end={t.end} style={{ fontWeight: active ? 700 : 400, textDecoration: active ? 'underline' : 'none', color: '#4945ff' }}>
          {t.label}
        </NavLink>
      );
    })}
  </Flex>
);
