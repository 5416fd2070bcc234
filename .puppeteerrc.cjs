// Puppeteer must never download its own browser: only the npm registry and Debian's
// packages are reachable here. The pipeline drives Debian's Chromium (/usr/bin/chromium).
module.exports = { skipDownload: true };
