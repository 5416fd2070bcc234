// On a criteria set's edit screen: a locked set says why it cannot change and offers
// "Tạo phiên bản mới", which copies it into an editable draft with the next version number and
// opens it.
import { Button, Typography } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { schemas, useApi } from '../api/client';
import { errorText } from './feedback';

export const CriteriaVersion = () => {
  const { model, id, form } = useContentManagerContext() as any;
  const api = useApi();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (model !== 'api::criteria-set.criteria-set' || !id) return null;
  const values = form?.initialValues ?? {};
  if (!values.lockedAt) return null;
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const made = await api.post(
        `/recognition/criteria-sets/${id}/versions`,
        {},
        schemas.criteriaVersion,
      );
      navigate(
        `/content-manager/collection-types/api::criteria-set.criteria-set/${made.documentId}`,
      );
    } catch (e: any) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Typography variant="pi" textColor="neutral600" tag="p">
        Phiên bản {values.version} đã khóa{values.lockedReason ? ` (${values.lockedReason})` : ''}:
        các điểm đã chấm theo nó không thay đổi. Muốn sửa, hãy tạo phiên bản{' '}
        {Number(values.version) + 1}.
      </Typography>
      <Button variant="secondary" fullWidth loading={busy} onClick={create}>
        Tạo phiên bản mới
      </Button>
      {error && <p style={{ color: '#d02b20', fontSize: 12 }}>{error}</p>}
    </>
  );
};
