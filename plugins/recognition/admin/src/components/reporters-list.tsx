// Who has reported on a duty, each with the day it sent its report and the files it sent, each
// saved through the authorised route (never a public address).
import { Button, Flex, Typography } from '@strapi/design-system';
import type { ReportBoard } from '../../../shared/contracts/responses';
import { useApi } from '../api/client';

type Reporter = ReportBoard['duties'][number]['reporters'][number];
const dmy = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

export function ReportersList(props: {
  reporters: Reporter[];
  act_: (run: () => Promise<string | null>) => void;
}) {
  const api = useApi();
  const reported = props.reporters.filter((r) => r.submittedOn);
  if (!reported.length) return null;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={1} paddingTop={2}>
      {reported.map((r) => (
        <Flex tag="li" key={r.code} gap={2} wrap="wrap">
          <Typography>
            {r.name}: gửi ngày {dmy(r.submittedOn!)} ({r.statusLabel.toLocaleLowerCase('vi-VN')})
          </Typography>
          {r.files.map((f) => (
            <Button
              key={f.id}
              size="S"
              variant="tertiary"
              onClick={() =>
                props.act_(async () => {
                  await api.save(`/recognition/tier-reports/${r.reportId}/files/${f.id}`, f.name);
                  return null;
                })
              }
            >
              Tải {f.name}
            </Button>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}
