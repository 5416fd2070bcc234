// The acts room: one way to issue an act (acts.ts), whatever its kind; each kind brings its paper.
export { acts, actRow, type ActKindDef, type ActPaper, type ActRow, type StaffLike } from './acts';
export { saveDraft } from './drafts';
