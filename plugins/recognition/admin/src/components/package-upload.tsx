// The Ministry taking in a report a province sent from its own installation: the package file
// (JSON), checked by the server against the province's registered certificate before it counts.
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { useState } from 'react';
import { useApi } from '../api/client';

export function PackageUpload(props: {
  busy: boolean;
  act_: (run: () => Promise<string | null>) => void;
  onDone: () => void;
}) {
  const api = useApi();
  const [file, setFile] = useState<File | null>(null);
  const send = () =>
    props.act_(async () => {
      const form = new FormData();
      form.append('file', file!);
      const got = await api.post<{ number: string; year: number }>(
        '/recognition/received-reports',
        form,
      );
      props.onDone();
      return `Đã nhận báo cáo số ${got.number} (năm ${got.year}): chữ ký và số liệu hợp lệ.`;
    });
  return (
    <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        Nhận gói báo cáo từ hệ thống của tỉnh
      </Typography>
      <Flex gap={2} alignItems="flex-end" paddingTop={2}>
        <Field.Root name="package" hint="Tệp .json do hệ thống của tỉnh xuất (Tải gói trao đổi).">
          <Field.Label>Gói báo cáo</Field.Label>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Field.Hint />
        </Field.Root>
        <Button disabled={!file} loading={props.busy} onClick={send}>
          Kiểm tra và nhận
        </Button>
      </Flex>
    </Box>
  );
}
