import allowedEvent from './allowed-event';
import inJurisdiction from './in-jurisdiction';

export default { 'allowed-event': allowedEvent, 'in-jurisdiction': inJurisdiction };
