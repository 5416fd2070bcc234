// The eligibility gate: the plan's rule against the unit's result of the previous year.

export const classifications = ['yeu', 'trung_binh', 'kha', 'xuat_sac'] as const;
export type Classification = (typeof classifications)[number];

export const classificationLabels: Record<Classification, string> = {
  yeu: 'Yếu',
  trung_binh: 'Trung bình',
  kha: 'Khá',
  xuat_sac: 'Xuất sắc',
};

export type EligibilityRule = {
  requireAnttSafe: boolean;
  minimumClassification: 'none' | Classification;
  clause?: string | null;
};
export type YearResult = {
  year: number;
  anttSafe: boolean;
  classification?: Classification | null;
} | null;

export function checkEligibility(
  rule: EligibilityRule,
  previous: YearResult,
  registrationYear: number,
): { ok: true } | { ok: false; reasons: string[] } {
  const year = registrationYear - 1;
  const where = rule.clause ? ` (mục ${rule.clause} của kế hoạch)` : '';
  const reasons: string[] = [];
  if (!previous || previous.year !== year) {
    if (rule.requireAnttSafe || rule.minimumClassification !== 'none')
      reasons.push(`chưa có kết quả năm ${year} của đơn vị${where}`);
    return reasons.length ? { ok: false, reasons } : { ok: true };
  }
  if (rule.requireAnttSafe && !previous.anttSafe)
    reasons.push(`năm ${year} chưa đạt tiêu chuẩn "An toàn về an ninh, trật tự"${where}`);
  if (rule.minimumClassification !== 'none') {
    const need = classifications.indexOf(rule.minimumClassification);
    const have = previous.classification ? classifications.indexOf(previous.classification) : -1;
    if (have < need) {
      const got = previous.classification
        ? classificationLabels[previous.classification]
        : 'chưa xếp loại';
      reasons.push(
        `phong trào năm ${year} xếp loại ${got}, cần từ ${classificationLabels[rule.minimumClassification]} trở lên${where}`,
      );
    }
  }
  return reasons.length ? { ok: false, reasons } : { ok: true };
}

/** The rule in words, as the plan states it, for the unit reading it before registering. */
export function eligibilityRuleText(rule: EligibilityRule): string {
  const parts: string[] = [];
  if (rule.requireAnttSafe) parts.push('năm trước đạt tiêu chuẩn "An toàn về an ninh, trật tự"');
  if (rule.minimumClassification !== 'none')
    parts.push(
      `phong trào năm trước xếp loại từ ${classificationLabels[rule.minimumClassification]} trở lên`,
    );
  const text = parts.length
    ? `Đơn vị đăng ký khi ${parts.join(' và ')}`
    : 'Mọi đơn vị đều được đăng ký';
  return rule.clause ? `${text} (mục ${rule.clause} của kế hoạch).` : `${text}.`;
}
