// The notice above a page: what the last action did, or why it failed, until it is closed.
import { Alert, Box } from '@strapi/design-system';
import type { Notice } from './feedback';

type Props = {
  notice: Notice;
  onClose: () => void;
  title?: string;
  paddingTop?: number;
  paddingBottom?: number;
};

export const NoticeBar = ({ notice, onClose, title = '', paddingTop = 4, paddingBottom }: Props) =>
  notice && (
    <Box paddingTop={paddingTop} paddingBottom={paddingBottom}>
      <Alert closeLabel="Đóng" title={title} variant={notice.kind} onClose={onClose}>
        {notice.text}
      </Alert>
    </Box>
  );
