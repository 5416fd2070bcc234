// The pipeline's credentials: what a certificate's QR code, the revocation list and the
// downloadable credential are signed with (jws, status-list: Node), and the one check of them
// that the command and the browser share (check: no Node module).
export { jwkThumbprint, keyId, publicJwk, signJws, type JwsHeader, type PublicJwk } from './jws';
export { MIN_STATUS_LIST_BITS, encodeStatusList } from './status-list';
export {
  checkQrText,
  jwsOfQrText,
  statusAt,
  verifyJws,
  type JwsCheck,
  type OfflineVerdict,
  type QrClaims,
} from './check';
