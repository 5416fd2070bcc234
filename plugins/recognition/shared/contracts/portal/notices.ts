// Uploads and the notices a portal account reads.
import { z } from 'zod';
import { noticeList, noticesMarked } from '../notices';

export const uploaded = z.unknown();

export const notifications = noticeList(['state', 'request', 'deadline', 'appraisal'] as const);
export const notificationsRead = noticesMarked;
