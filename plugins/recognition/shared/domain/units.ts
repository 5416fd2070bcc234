// The one vocabulary of unit kinds: the kinds, their family (commune-level or organisation),
// their Vietnamese labels, and the flag a criteria set or a target uses to name them.

export const unitKinds = [
  'xa',
  'phuong',
  'dac_khu',
  'co_quan',
  'doanh_nghiep',
  'co_so_giao_duc',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export type UnitFamily = 'commune' | 'organisation';
export const communeKinds: readonly UnitKind[] = ['xa', 'phuong', 'dac_khu'];

export const unitKindLabels: Record<UnitKind, string> = {
  xa: 'Xã',
  phuong: 'Phường',
  dac_khu: 'Đặc khu',
  co_quan: 'Cơ quan',
  doanh_nghiep: 'Doanh nghiệp',
  co_so_giao_duc: 'Cơ sở giáo dục',
};

/** The boolean field a criteria set or a plan target sets to cover a kind. */
export const kindFlags = {
  xa: 'xa',
  phuong: 'phuong',
  dac_khu: 'dacKhu',
  co_quan: 'coQuan',
  doanh_nghiep: 'doanhNghiep',
  co_so_giao_duc: 'coSoGiaoDuc',
} as const satisfies Record<UnitKind, string>;
export type KindFlag = (typeof kindFlags)[UnitKind];
export type KindFlags = Partial<Record<KindFlag, boolean>>;

export const isUnitKind = (kind: string): kind is UnitKind =>
  (unitKinds as readonly string[]).includes(kind);

/**
 * Why a unit cannot hold a tier's officer, or null: a commune's officer sits on a commune (xã,
 * phường, đặc khu), a department's on an agency (cơ quan: sở, ban, ngành).
 */
export function tierUnitMismatch(
  role: 'commune_officer' | 'department_officer',
  unit: { name: string; kind: string },
): string | null {
  if (role === 'commune_officer')
    return communeKinds.includes(unit.kind as UnitKind)
      ? null
      : `${unit.name} không phải xã, phường, đặc khu: không giao được cán bộ xã, phường.`;
  return unit.kind === 'co_quan'
    ? null
    : `${unit.name} không phải cơ quan (sở, ban, ngành): không giao được cán bộ sở, ban, ngành.`;
}

export function isCommune(kind: string): boolean {
  return communeKinds.includes(kind as UnitKind);
}

export function familyOf(kind: string): UnitFamily {
  return isCommune(kind) ? 'commune' : 'organisation';
}

export function kindLabel(kind: string): string {
  return isUnitKind(kind) ? unitKindLabels[kind] : kind;
}

/** "Phường An Cựu" for a commune-level unit; organisations carry their full name already. */
/**
 * The unit a recognition certified: its name and kind as the issued decision wrote them (frozen
 * at issue), and, when the unit has since been renamed, what it is called now.
 */
export function certifiedUnit(rec: {
  unitName?: string | null;
  unitKind?: string | null;
  unit?: { name: string; kind: string } | null;
}): { name: string; kind: string; nowCalled: string | null } {
  const current = rec.unit ? { name: rec.unit.name, kind: rec.unit.kind } : null;
  const certified = rec.unitName
    ? { name: rec.unitName, kind: rec.unitKind ?? current?.kind ?? '' }
    : (current ?? { name: '', kind: '' });
  const now = current ? unitDisplayName(current) : null;
  return { ...certified, nowCalled: now && now !== unitDisplayName(certified) ? now : null };
}

export function unitDisplayName(unit: { name: string; kind: string }): string {
  const prefix = isCommune(unit.kind) ? kindLabel(unit.kind) : undefined;
  return prefix && !unit.name.startsWith(prefix) ? `${prefix} ${unit.name}` : unit.name;
}
