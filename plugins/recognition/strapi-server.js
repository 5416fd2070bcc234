// Legacy entry kept for tools that look for it; the built server lives in dist/.
module.exports = require('./dist/server/index.js');
