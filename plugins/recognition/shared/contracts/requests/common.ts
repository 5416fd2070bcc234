// What route inputs are built of: ids, years, reasons, e-mail addresses, dates and pages, each
// with a Vietnamese message naming what is allowed.
import { z } from 'zod';
import { calendarDate, calendarDateTime } from '../../domain/calendar-date';

export const documentId = z
  .string()
  .regex(/^[a-z0-9]{10,40}$/, 'là mã hồ sơ (documentId) gồm chữ thường và số');
export const year = z
  .number({ message: 'năm phải là một số nguyên' })
  .int('năm phải là một số nguyên')
  .min(2020, 'năm phải từ 2020')
  .max(2100, 'năm phải đến 2100');
export const reason = z
  .string({ message: 'cần ghi lý do' })
  .trim()
  .min(5, 'lý do cần ít nhất 5 ký tự')
  .max(2000, 'lý do dài quá 2000 ký tự');
export const email = z.email('phải là địa chỉ thư điện tử');
export const isoDate = calendarDate;
export const isoDateTime = calendarDateTime;

export const pageShape = {
  page: z.coerce.number({ message: 'Trang phải là số' }).int().min(1, 'Trang từ 1').default(1),
  pageSize: z.coerce
    .number({ message: 'Số dòng mỗi trang phải là số' })
    .int()
    .min(1, 'Số dòng mỗi trang từ 1')
    .max(200, 'Tối đa 200 dòng mỗi trang')
    .default(50),
};
export const pageQuery = z.object(pageShape);
export type PageAsk = z.infer<typeof pageQuery>;
