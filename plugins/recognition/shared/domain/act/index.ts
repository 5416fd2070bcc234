// An act (văn bản): drafted, issued once with its number and signature, sent, received.
export * from './decide';
export * from './issue';
export * from './kinds';
