// A plan's yearly targets against what was achieved: the total, and each per-kind target
// (for example one xã, one phường, and one cơ quan or doanh nghiệp or cơ sở giáo dục).

import { isUnitKind, kindFlags, type KindFlags } from './units';

export type { KindFlags } from './units';
export type TargetDef = KindFlags & { label: string; minimum: number; clause?: string | null };
export type TargetStatus = { label: string; minimum: number; achieved: number; met: boolean; clause: string | null };

/** `achieved` counts recognised (or maintained) units of the year by unit kind. */
export function evaluateTargets(total: { minimum: number; clause?: string | null }, targets: TargetDef[], achieved: Record<string, number>): TargetStatus[] {
  const sum = Object.values(achieved).reduce((s, n) => s + n, 0);
  const rows: TargetStatus[] = [{ label: 'Tổng số đơn vị đạt điển hình', minimum: total.minimum, achieved: sum, met: sum >= total.minimum, clause: total.clause ?? null }];
  for (const t of targets) {
    const count = Object.entries(achieved).reduce((s, [kind, n]) => s + (isUnitKind(kind) && t[kindFlags[kind]] ? n : 0), 0);
    rows.push({ label: t.label, minimum: t.minimum, achieved: count, met: count >= t.minimum, clause: t.clause ?? null });
  }
  return rows;
}
