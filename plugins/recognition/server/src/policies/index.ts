import allowedEvent from './allowed-event';

export default { 'allowed-event': allowedEvent };
