// The commendations room: proposals for collectives and individuals, their appraisal and the
// decisions that grant them (commendations.ts), the certificates of merit (merit.ts), and the
// year's register of commendations (register.ts).
export { commendationRow, commendations, type CommendationRow } from './commendations';
export { meritCertificates, meritSerial } from './merit';
export { commendationRegister } from './register';
