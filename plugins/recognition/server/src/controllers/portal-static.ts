// The portal (portal/dist) at /portal: officers and council members.
import path from 'node:path';
import { serveBuilt } from './built-app';

const portal = serveBuilt({
  name: 'Cổng thông tin',
  dir: () => process.env.DIENHINH_PORTAL_DIR ?? path.resolve(__dirname, '../../portal/dist'),
});

export default () => ({ serve: portal });
