// The council's decider as a table: a set-up and a meeting, each refusal named by its code.
import { describe, expect, it } from 'vitest';
import {
  decideCouncil,
  type RecordMeeting,
  type VotedDossier,
} from '../../../../../plugins/recognition/shared/domain/council-meeting';
import type { CriteriaSetDef } from '../../../../../plugins/recognition/shared/domain/scoring';
import type { Actor } from '../../../../../plugins/recognition/shared/domain/workflow';
import { fieldChanges } from '../../../../../plugins/recognition/shared/domain/audit-diff';

const secretariat: Actor = { id: 'thuky@x.vn', role: 'secretariat' };
const set: CriteriaSetDef = {
  groups: [
    {
      code: 'I',
      title: 'Nhóm I',
      criteria: [
        { code: '1', title: 'An toàn', scoring: 'pass_fail', mandatory: false, knockOut: true },
      ],
    },
  ],
};
const members = ['a@x.vn', 'b@x.vn', 'c@x.vn'];
const scored = members.map((member) => ({ member, marks: { '1': { passed: true } } }));
const dossier = (over: Partial<NonNullable<VotedDossier>> = {}): VotedDossier => ({
  documentId: 'reg-1',
  unitName: 'Phường An Cựu',
  jurisdiction: 'hue',
  year: 2026,
  state: 'under_appraisal',
  criteriaSet: set,
  conflicted: [],
  scores: scored,
  ...over,
});
const meeting = (over: Partial<RecordMeeting> = {}): RecordMeeting => ({
  type: 'record_meeting',
  council: { jurisdiction: 'hue', year: 2026, members },
  startedAt: '2026-11-20T01:00:00Z',
  endedAt: '2026-11-20T03:00:00Z',
  place: 'Hội trường Công an tỉnh',
  attendance: members.map((email) => ({ email, present: true })),
  votes: [{ registration: 'reg-1', for: 3, against: 0, abstain: 0 }],
  dossiers: [dossier()],
  conclusion: 'Thống nhất đề nghị công nhận.',
  ...over,
});

describe('the council decider', () => {
  it.each([
    ['a meeting', meeting(), 'meeting.record'],
    [
      'someone not a member',
      meeting({ attendance: [{ email: 'x@x.vn', present: true }] }),
      'vote-invalid',
    ],
    [
      'one of three present',
      meeting({
        attendance: [
          { email: 'a@x.vn', present: true },
          { email: 'b@x.vn', present: false },
        ],
      }),
      'quorum-not-met',
    ],
    ['ending before it starts', meeting({ endedAt: '2026-11-20T00:00:00Z' }), 'invalid-input'],
    ['a dossier that does not exist', meeting({ dossiers: [null] }), 'vote-invalid'],
    [
      "another province's dossier",
      meeting({ dossiers: [dossier({ jurisdiction: 'dong-thap' })] }),
      'vote-invalid',
    ],
    ["another year's dossier", meeting({ dossiers: [dossier({ year: 2025 })] }), 'vote-invalid'],
    [
      'more votes than present',
      meeting({ votes: [{ registration: 'reg-1', for: 3, against: 1, abstain: 0 }] }),
      'vote-invalid',
    ],
    [
      'a dossier not under appraisal',
      meeting({ dossiers: [dossier({ state: 'submitted' })] }),
      'invalid-transition',
    ],
    [
      'a member yet to score',
      meeting({ dossiers: [dossier({ scores: scored.slice(1) })] }),
      'council-incomplete',
    ],
    [
      'a member yet to score but conflicted',
      meeting({ dossiers: [dossier({ scores: scored.slice(1), conflicted: ['a@x.vn'] })] }),
      'meeting.record',
    ],
  ] as const)('%s', (_, command, outcome) => {
    const decided = decideCouncil(command, secretariat);
    expect(decided.ok ? decided.value[0].type : decided.error.code).toBe(outcome);
  });

  it('names every field a meeting record carries in Vietnamese, as the history page shows it', () => {
    const decided = decideCouncil(meeting(), secretariat);
    if (!decided.ok) throw new Error(decided.error.message);
    const { type: _type, ...payload } = decided.value[0];
    const unnamed = fieldChanges(null, payload, 'meeting').filter((c) =>
      c.label.startsWith('Trường '),
    );
    expect(unnamed.map((c) => c.field)).toEqual([]);
  });

  it('counts who was present into the record', () => {
    const decided = decideCouncil(meeting(), secretariat);
    expect(decided.ok && decided.value[0]).toMatchObject({ present: 3, votes: [{ for: 3 }] });
  });

  it('sets up a council whose chair and secretary are members, and changes one that exists', () => {
    const setUp = (chairEmail: string, exists = false) =>
      decideCouncil(
        {
          type: 'set_up',
          members: [
            { email: 'A@x.vn', name: 'Nguyễn Văn A' },
            { email: 'b@x.vn', name: 'Trần Thị B' },
          ],
          chairEmail,
          secretaryEmail: 'b@x.vn',
          exists,
        },
        secretariat,
      );
    const created = setUp('a@x.vn');
    expect(created.ok && created.value[0]).toMatchObject({
      type: 'council.create',
      chair: 'a@x.vn',
      members: [{ email: 'a@x.vn' }, { email: 'b@x.vn' }],
    });
    const changed = setUp('a@x.vn', true);
    expect(changed.ok && changed.value[0].type).toBe('council.update');
    const refused = setUp('z@x.vn');
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'invalid-input' });
  });
});
