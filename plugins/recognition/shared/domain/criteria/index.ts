// Criteria sets as they are imported: the published file, its table form, the whole-set checks.
export * from './criteria-file';
export * from './criteria-table';
export * from './criteria-import';
