import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  tally,
  evaluateTargets,
  type TargetDef,
} from '../../../../../plugins/recognition/shared/domain/targets';
import { readPlanSeed } from '../../../../../cms/src/seed/plans';

const dataDir = path.resolve(__dirname, '../../../../../data');
const hue = readPlanSeed(dataDir, 'hue-487-kh-ubnd') as unknown as {
  targetTotal: number;
  targetClause: string;
  targets: TargetDef[];
};
const dt = readPlanSeed(dataDir, 'dong-thap-67-kh-ubnd') as unknown as {
  targetTotal: number;
  targetClause: string;
  targets: TargetDef[];
};

describe('evaluateTargets', () => {
  it('Huế: three units of the right kinds meet every target', () => {
    const rows = evaluateTargets(
      { minimum: hue.targetTotal, clause: hue.targetClause },
      hue.targets,
      { xa: 1, phuong: 1, co_so_giao_duc: 1 },
    );
    expect(rows.map((r) => [r.label, r.achieved, r.met])).toEqual([
      ['Tổng số đơn vị đạt điển hình', 3, true],
      ['01 xã', 1, true],
      ['01 phường', 1, true],
      ['01 cơ quan hoặc doanh nghiệp, cơ sở giáo dục', 1, true],
      ['Ngành giáo dục: ít nhất 01 đơn vị', 1, true],
    ]);
  });

  it('Huế: three phường reach the total but miss the xã and organisation targets', () => {
    const rows = evaluateTargets({ minimum: 3 }, hue.targets, { phuong: 3 });
    expect(rows.filter((r) => !r.met).map((r) => r.label)).toEqual([
      '01 xã',
      '01 cơ quan hoặc doanh nghiệp, cơ sở giáo dục',
      'Ngành giáo dục: ít nhất 01 đơn vị',
    ]);
    expect(rows[0]).toMatchObject({ achieved: 3, met: true, clause: null });
  });

  it('Đồng Tháp: only the total of three, from II.2', () => {
    const rows = evaluateTargets({ minimum: dt.targetTotal, clause: dt.targetClause }, dt.targets, {
      xa: 2,
    });
    expect(rows).toEqual([
      {
        label: 'Tổng số đơn vị đạt điển hình',
        minimum: 3,
        achieved: 2,
        met: false,
        clause: 'II.2',
        selected: 0,
      },
    ]);
  });
});

describe('a year counted by state and kind', () => {
  it('counts every registration by state, the new titles by kind toward the targets and the maintained apart', () => {
    expect(
      tally([
        { state: 'recognised', kind: 'xa', n: 2 },
        { state: 'maintained', kind: 'xa', n: 1 },
        { state: 'maintained', kind: 'truong_hoc', n: 4 },
        { state: 'revoked', kind: 'xa', n: 1 },
        { state: 'proposed', kind: 'phuong', n: 3 },
      ]),
    ).toEqual({
      registrations: 11,
      byState: { recognised: 2, maintained: 5, revoked: 1, proposed: 3 },
      achievedByKind: { xa: 2 },
      maintainedByKind: { xa: 1, truong_hoc: 4 },
      selectedByKind: { xa: 4, truong_hoc: 4, phuong: 3 },
    });
    expect(tally([])).toEqual({
      registrations: 0,
      byState: {},
      achievedByKind: {},
      maintainedByKind: {},
      selectedByKind: {},
    });
  });

  it('counts as selected the registrants chosen to build: every one without a selection step, the chosen ones with it', () => {
    const rows = [
      { state: 'registered', kind: 'xa', n: 2 },
      { state: 'selection_proposed', kind: 'xa', n: 1 },
      { state: 'not_selected', kind: 'phuong', n: 1 },
      { state: 'selected', kind: 'phuong', n: 1 },
      { state: 'submitted', kind: 'xa', n: 1 },
    ];
    expect(tally(rows, true).selectedByKind).toEqual({ phuong: 1, xa: 1 });
    expect(tally(rows, false).selectedByKind).toEqual({ xa: 3, phuong: 1 });
    const targets = evaluateTargets(
      { minimum: hue.targetTotal },
      hue.targets,
      {},
      tally(rows, true).selectedByKind,
    );
    expect(targets.map((t) => [t.label, t.selected, t.achieved])).toEqual([
      ['Tổng số đơn vị đạt điển hình', 2, 0],
      ['01 xã', 1, 0],
      ['01 phường', 1, 0],
      ['01 cơ quan hoặc doanh nghiệp, cơ sở giáo dục', 0, 0],
      ['Ngành giáo dục: ít nhất 01 đơn vị', 0, 0],
    ]);
  });
});
