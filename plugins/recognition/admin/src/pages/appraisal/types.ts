// The shapes of the secretariat's appraisal overview, as GET /recognition/appraisal returns them.
import type { EventType } from '../../../../server/src/domain/states';

export type Member = { email: string; name: string };
export type Reg = {
  documentId: string;
  unit: { name: string; code: string; kind: string } | null;
  state: string;
  allowedEvents: EventType[];
  stateReason: string | null;
  selfTotal: number | null;
  councilTotal: number | null;
  councilScores: number;
  conflicts: number;
  vote: { for: number; against: number; abstain: number } | null;
};
export type Overview = {
  council: { documentId: string; name: string; members: Member[]; chairEmail: string; secretaryEmail: string } | null;
  meetings: { documentId: string; startedAt: string; place: string; votes: number }[];
  registrations: Reg[];
};
