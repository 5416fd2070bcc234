// The signing key: the PKCS#12 file named by DIENHINH_SIGN_P12, or else a self-signed demo key
// made once in cms/.tmp and announced as such (it has no legal value).
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { SigningIdentity } from './pdf';
import { getService } from '../utils';

export const DEMO_P12_PASSWORD = 'dienhinh-demo';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let identity: SigningIdentity | undefined;
  return {
    demoKeyPath: () => path.join(strapi.dirs.app.root, '.tmp', 'demo-signing.p12'),
    identity(): SigningIdentity {
      if (identity) return identity;
      const pdf = getService(strapi, 'pdf');
      const cfg = pdf.config();
      if (cfg.signP12) {
        identity = pdf.loadIdentity(cfg.signP12, cfg.signP12Password);
        return identity;
      }
      const file = this.demoKeyPath();
      if (!fs.existsSync(file)) {
        pdf.createDemoIdentity(file, DEMO_P12_PASSWORD, 'dienhinh DEMO (không có giá trị pháp lý)');
        strapi.log.warn(`recognition: DIENHINH_SIGN_P12 chưa đặt: đã tạo khóa ký DEMO tự ký tại ${file} (không có giá trị pháp lý).`);
      }
      identity = pdf.loadIdentity(file, DEMO_P12_PASSWORD);
      return identity;
    },
  };
};
