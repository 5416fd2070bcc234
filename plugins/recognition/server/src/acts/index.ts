// The acts room: one way to issue an act (acts.ts, issuing.ts), whatever its kind; each kind
// brings its paper and its draft (kinds/), and programme.ts lists them.
export { acts, actRow, type ActKindDef, type ActPaper, type ActRow, type StaffLike } from './acts';
export { saveDraft } from './drafts';
export { actsService, draftAct, draftKind } from './programme';
export { actSources } from './sources';
