// Files of a dossier: listed with size and date, opened or saved through the authorised route
// (never a public URL), uploaded with a progress bar, removable while the server allows it.
import { useState } from 'react';
import { api, saveFile } from '../api';
import { date, size } from '../format';
import { Notice } from './ui';

export type FileItem = {
  id: string;
  name: string;
  size: number | null;
  mime: string | null;
  at: string;
  url: string | null;
};

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx,.odt';

export function FileList({
  files,
  onRemove,
  onView,
}: {
  files: FileItem[];
  onRemove?: (f: FileItem) => void;
  onView?: (f: FileItem) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  if (!files.length) return <p className="muted">Chưa có tệp.</p>;
  return (
    <>
      <ul className="files">
        {files.map((f) => (
          <li key={f.id}>
            <span className="name">{f.name}</span>{' '}
            <span className="muted">
              {size(f.size)} · {date(f.at)}
            </span>
            {f.url && (
              <>
                {onView && (f.mime === 'application/pdf' || f.mime?.startsWith('image/')) && (
                  <button type="button" className="link" onClick={() => onView(f)}>
                    Xem<span className="sr-only"> {f.name}</span>
                  </button>
                )}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    saveFile(f.url!, f.name).catch((e) => setError((e as Error).message))
                  }
                >
                  Tải về<span className="sr-only"> {f.name}</span>
                </button>
              </>
            )}
            {onRemove && (
              <button type="button" className="link danger" onClick={() => onRemove(f)}>
                Gỡ<span className="sr-only"> {f.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <Notice kind="error">{error}</Notice>
    </>
  );
}

/** One file input that uploads as soon as a file is chosen, showing progress, then reports back. */
export function Upload({
  label,
  path,
  onDone,
}: {
  label: string;
  path: string;
  onDone: () => void;
}) {
  const [share, setShare] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setDone(null);
    setShare(0);
    try {
      await api.upload(path, file, setShare);
      setDone(`Đã tải lên "${file.name}".`);
      onDone();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setShare(null);
      input.value = '';
    }
  }
  return (
    <div className="upload">
      <label>
        {label}
        <input
          type="file"
          accept={ACCEPT}
          onChange={(e) => choose(e.currentTarget)}
          disabled={share !== null}
        />
      </label>
      {share !== null && (
        <progress max={1} value={share} aria-label={`Đang tải lên ${Math.round(share * 100)}%`}>
          {Math.round(share * 100)}%
        </progress>
      )}
      <Notice kind="error">{error}</Notice>
      <Notice kind="ok">{done}</Notice>
    </div>
  );
}

/** A PDF or image shown inside the page, fetched with the caller's token. */
export function Viewer({
  file,
  onClose,
}: {
  file: FileItem & { blobUrl: string };
  onClose: () => void;
}) {
  return (
    <section className="viewer" aria-label={`Xem tệp ${file.name}`}>
      <div className="viewer-bar">
        <strong>{file.name}</strong>
        <button type="button" className="secondary" onClick={onClose}>
          Đóng
        </button>
      </div>
      {file.mime?.startsWith('image/') ? (
        <img src={file.blobUrl} alt={file.name} />
      ) : (
        <iframe src={file.blobUrl} title={file.name} />
      )}
    </section>
  );
}

export async function openInPage(f: FileItem): Promise<FileItem & { blobUrl: string }> {
  const blob = await api.blob(f.url!);
  return { ...f, blobUrl: URL.createObjectURL(new Blob([blob], { type: f.mime ?? blob.type })) };
}
