// Reports from the tiers below to the province, and the province's compiled report up.
export * from './duties';
export * from './sections';
export * from './tier-report';
export * from './figures';
export * from './review';
export * from './exchange';
