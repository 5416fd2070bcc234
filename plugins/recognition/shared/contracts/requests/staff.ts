// What the staff's routes take: councils and meetings, queues and reports, recognising,
// amending and revoking, extensions, the audit log.
import { z } from 'zod';
import { deadlineKinds } from '../../domain/deadlines';
import { cleanName } from '../../domain/text';
import { calendarDate } from '../../domain/calendar-date';
import { documentId, year, reason, email, isoDate, isoDateTime, pageShape } from './common';

export const requestBody = z
  .object({
    message: z
      .string({ message: 'cần nội dung yêu cầu' })
      .trim()
      .min(10, 'nội dung yêu cầu cần ít nhất 10 ký tự')
      .max(4000, 'nội dung yêu cầu dài quá 4000 ký tự'),
  })
  .strict();

/** The police's advice on a registrant: select it or not, with the grounds. */
export const selectionAdviceBody = z
  .object({
    advice: z.enum(['select', 'not_select'], {
      message: 'là select (lựa chọn) hoặc not_select (không lựa chọn)',
    }),
    reason,
  })
  .strict();
/** The People's Committee selects a registrant: a note of any length is optional, the police's grounds stand. */
export const selectBody = z
  .object({ reason: z.string().trim().max(2000, 'ghi chú dài quá 2000 ký tự').optional() })
  .strict();

export const councilBody = z
  .object({
    jurisdiction: z.string().regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố'),
    year,
    name: z.string().trim().min(3, 'tên hội đồng cần ít nhất 3 ký tự').max(300),
    members: z
      .array(
        z.object({
          email,
          name: z.string().max(200).transform(cleanName).pipe(z.string().min(1, 'cần họ tên')),
        }),
      )
      .min(3, 'hội đồng cần ít nhất 3 thành viên')
      .max(50),
    chairEmail: email,
    secretaryEmail: email,
  })
  .strict();

export const planCopyBody = z
  .object({
    plan: z
      .string()
      .regex(/^[a-z0-9-]{1,80}$/, 'là mã (slug) của kế hoạch, ví dụ "hue-487-kh-ubnd"'),
    toYear: year,
  })
  .strict();

export const councilCopyBody = z
  .object({
    jurisdiction: z.string().regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố'),
    fromYear: year,
    toYear: year,
  })
  .strict()
  .refine((b) => b.fromYear !== b.toYear, {
    message: 'năm sao chép đến phải khác năm sao chép từ',
    path: ['toYear'],
  });

export const meetingBody = z
  .object({
    council: documentId,
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    place: z.string().trim().min(2).max(300),
    attendance: z.array(z.object({ email, present: z.boolean() })).min(1),
    votes: z
      .array(
        z.object({
          registration: documentId,
          for: z.number().int().min(0),
          against: z.number().int().min(0),
          abstain: z.number().int().min(0),
        }),
      )
      .min(1),
    conclusion: z.string().trim().min(5).max(5000),
  })
  .strict();

export const queueQuery = z.object({
  jurisdiction: z.string().regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố'),
  year: z.coerce.number().int().min(2020).max(2100),
});
/** A province's year, one page of it. */
export const pagedQueueQuery = queueQuery.extend(pageShape);
/** The paper path's units: a page of a province's, found by code or any part of the name. */
export const paperUnitsQuery = pagedQueueQuery.extend({
  q: z
    .string()
    .trim()
    .max(120, 'Tìm đơn vị: tối đa 120 ký tự')
    .optional()
    .transform((v) => v || undefined),
});
/** The nation's year (every province in the caller's scope), and its report's optional cut-off. */
export const nationalQuery = z.object({ year: queueQuery.shape.year });
/** The day a report counts up to (its default when absent), the province's and the nation's alike. */
const reportCutOff = calendarDate.optional();
export const nationalReportQuery = nationalQuery.extend({ cutOff: reportCutOff });
/** The recognitions list: every province in scope, or one; every year, or one; a page of it. */
export const recognitionsQuery = z.object({
  jurisdiction: queueQuery.shape.jurisdiction.optional(),
  year: queueQuery.shape.year.optional(),
  ...pageShape,
});

/** A periodic report: the jurisdiction and year, the day it counts up to (its default when absent), and the format. */
export const reportQuery = queueQuery.extend({
  cutOff: reportCutOff,
  format: z.enum(['xlsx', 'pdf'], { message: 'là "xlsx" hoặc "pdf"' }).default('xlsx'),
});

export const recogniseBody = z
  .object({
    registrations: z.array(documentId).min(1, 'cần chọn ít nhất một hồ sơ').max(500),
    /** The draft decision the units join; by default the year's latest draft. */
    decision: documentId.optional(),
    /** Starts a new draft decision for these units instead. */
    newDecision: z.boolean().optional(),
  })
  .strict();

export const decisionsQuery = z
  .object({
    jurisdiction: z.string().min(1).max(100),
    year: z.coerce.number().int().min(2000).max(2100),
  })
  .strict();

/** Amending an issued decision: what changes (one paragraph each), and the new decision's number, date, signer, recipients. */
export const amendBody = z
  .object({
    changes: z
      .array(z.string().trim().min(5, 'mỗi nội dung sửa đổi ít nhất 5 ký tự').max(2000))
      .min(1, 'cần ít nhất một nội dung sửa đổi')
      .max(30),
    number: z.string().trim().max(60).optional(),
    date: calendarDate.optional(),
    signer: z.number().int().min(0),
    recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(30).optional(),
  })
  .strict();

/** Revoking a recognition: the reason, and the revoking decision's number, date, signer and recipients. */
export const revokeBody = z
  .object({
    reason,
    number: z.string().trim().max(60).optional(),
    date: calendarDate.optional(),
    signer: z.number().int().min(0),
    recipients: z.array(z.string().trim().min(1).max(300)).min(1).max(30).optional(),
  })
  .strict();

export const idempotencyHeader = z
  .string({ message: 'cần tiêu đề Idempotency-Key (8–200 ký tự)' })
  .min(8, 'Idempotency-Key cần 8–200 ký tự')
  .max(200, 'Idempotency-Key cần 8–200 ký tự');

export const unitDeadlinesQuery = z.object({
  unitCode: z.string().min(1, 'cần mã đơn vị').max(40),
  year: z.coerce
    .number({ message: 'năm phải là một số' })
    .int()
    .min(2020, 'năm phải từ 2020')
    .max(2100, 'năm phải đến 2100'),
});

export const extensionBody = z
  .object({
    unitCode: z.string().min(1).max(40),
    year,
    kind: z.enum(deadlineKinds, { message: `là một trong: ${deadlineKinds.join(', ')}` }),
    until: isoDate,
    reason,
  })
  .strict();

export const auditBrowseQuery = z.object({
  jurisdiction: z.string().min(1, 'Cần chọn tỉnh / thành phố').max(60),
  year: z.coerce
    .number({ message: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm từ 2000')
    .max(2100, 'Năm đến 2100'),
  unit: z
    .string()
    .trim()
    .max(120, 'Đơn vị: tối đa 120 ký tự')
    .optional()
    .transform((v) => v || undefined),
  action: z
    .string()
    .trim()
    .max(60, 'Thao tác: tối đa 60 ký tự')
    .optional()
    .transform((v) => v || undefined),
  ...pageShape,
});
/** A step of the chain check: where the previous step stopped (its sealed cursor), and at most how many events this one checks. */
export const auditVerifyQuery = z.object({
  jurisdiction: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/, 'là mã tỉnh / thành phố')
    .optional(),
  from: z.string().max(600, 'Mã tiếp tục kiểm tra: tối đa 600 ký tự').optional(),
  maxEvents: z.coerce
    .number({ message: 'Số sự kiện mỗi bước phải là số' })
    .int()
    .min(1, 'Số sự kiện mỗi bước từ 1')
    .max(10_000_000)
    .optional(),
});
export const historyQuery = z.object({
  unit: z.string().min(1).max(40).optional(),
  registration: documentId.optional(),
});
