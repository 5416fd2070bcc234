// The council meeting's minutes: who sat, who was absent, the vote on each dossier.
import { vietnamDay } from '../../../../shared/domain/vietnam-time';
import { pad2, policeBody, upper, vnClock, type JurisdictionRow } from './common';

export type MinutesInput = {
  meeting: {
    startedAt: string;
    endedAt: string;
    place: string;
    conclusion: string;
    attendance: { email: string; present: boolean }[];
  };
  council: {
    name: string;
    year: number;
    members: { email: string; name: string }[];
    chairEmail: string;
    secretaryEmail: string;
  };
  jurisdiction: JurisdictionRow;
  /** This meeting's place among the council's meetings (1 for the first). */
  sequence: number;
  votes: {
    unit: string;
    selfTotal: number | null;
    councilTotal: number | null;
    for: number;
    against: number;
    abstain: number;
  }[];
};

export function minutesDataOf({
  meeting: m,
  council,
  jurisdiction: j,
  sequence,
  votes,
}: MinutesInput) {
  const names = new Map(council.members.map((x) => [x.email, x.name]));
  const nameOf = (email: string) => names.get(email) ?? email;
  const roleOf = (email: string) =>
    email === council.chairEmail
      ? 'Chủ tịch hội đồng'
      : email === council.secretaryEmail
        ? 'Thư ký hội đồng'
        : 'Thành viên';
  return {
    issuer: { lines: [upper(policeBody(j)), 'HỘI ĐỒNG THẨM ĐỊNH'] },
    number: `${pad2(sequence)}/BB-HĐTĐ`,
    place: j.placeName,
    date: vietnamDay(new Date(m.startedAt)),
    councilName: council.name,
    year: council.year,
    startedAt: vnClock(m.startedAt),
    endedAt: vnClock(m.endedAt),
    venue: m.place,
    chair: { name: nameOf(council.chairEmail), title: 'Chủ tịch hội đồng' },
    secretary: { name: nameOf(council.secretaryEmail), title: 'Thư ký hội đồng' },
    present: m.attendance
      .filter((a) => a.present)
      .map((a) => ({ name: nameOf(a.email), role: roleOf(a.email) })),
    absent: m.attendance
      .filter((a) => !a.present)
      .map((a) => ({ name: nameOf(a.email), role: roleOf(a.email) })),
    votes,
    conclusion: m.conclusion,
  };
}
