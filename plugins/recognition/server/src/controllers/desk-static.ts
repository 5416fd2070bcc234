// The staff desk (desk/dist) at /desk: the programme's admin pages without Strapi's admin shell.
import path from 'node:path';
import { serveBuilt } from './built-app';

const desk = serveBuilt({
  name: 'Bàn làm việc',
  dir: () => process.env.DIENHINH_DESK_DIR ?? path.resolve(__dirname, '../../desk/dist'),
  inlineStyles: true,
});

export default () => ({ serve: desk });
