// "Xem trước PDF" on a plan's edit screen: renders the draft as the official document.
import { Button } from '@strapi/design-system';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../api/client';

export const PlanPreview = () => {
  const { model, form, id } = useContentManagerContext() as any;
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (model !== 'api::plan.plan') return null;
  const slug = form?.values?.slug ?? form?.initialValues?.slug;
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.openPdf(`/recognition/documents/plan/${encodeURIComponent(slug)}/pdf?draft=true`);
    } catch (e: any) {
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" fullWidth loading={busy} disabled={!slug} onClick={open}>
        Xem trước PDF (bản nháp đã lưu)
      </Button>
      {error && <p style={{ color: '#d02b20', fontSize: 12 }}>{error}</p>}
      {id && (
        <Link
          to={`/plugins/recognition/plans?plan=${id}`}
          style={{ display: 'block', paddingTop: 8, fontSize: 14, color: '#271fe0' }}
        >
          Mục lục và bản xem trước song song
        </Link>
      )}
    </>
  );
};
