// Builds the portal (plugins/recognition/portal) into portal/dist, and the staff desk
// (plugins/recognition/desk, which renders the plugin's admin pages) into desk/dist.
import { buildApp } from './lib/build-app.mjs';

await buildApp('portal');
await buildApp('desk', ['admin/src']);
