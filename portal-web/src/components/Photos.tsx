import { useEffect, useRef, useState } from 'react';

export interface PhotoFile {
  id: string;
  kind: string;
  filename: string;
  contentType: string;
  url: string;
  thumbnailUrl?: string | null;
  createdAt: string;
}

const KIND_LABEL: Record<string, string> = {
  BEFORE_PHOTO: 'Before',
  AFTER_PHOTO: 'After',
  DAMAGE_REPORT: 'Damage',
  CHECKLIST_RECORD: 'Checklist',
  DOCUMENT: 'Document',
};

/** Photos as thumbnails that open full size in a dialog; other files as download links. */
export function Photos({ files }: { files: PhotoFile[] }) {
  const [open, setOpen] = useState<PhotoFile | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) dialog.current?.showModal?.();
    else dialog.current?.close?.();
  }, [open]);
  if (!files.length) return <p className="muted">No photos or files yet.</p>;
  const images = files.filter((file) => file.contentType.startsWith('image/'));
  const others = files.filter((file) => !file.contentType.startsWith('image/'));
  return (
    <>
      {images.length > 0 && (
        <ul className="photo-grid">
          {images.map((file) => (
            <li key={file.id}>
              <button type="button" className="photo" onClick={() => setOpen(file)} aria-label={`Open ${KIND_LABEL[file.kind] ?? ''} photo ${file.filename} full size`}>
                <img src={file.thumbnailUrl ?? file.url} alt="" loading="lazy" />
                <span className="photo-kind">{KIND_LABEL[file.kind] ?? file.kind}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <ul className="file-list">
          {others.map((file) => <li key={file.id}><a href={file.url} download>{file.filename}</a> <span className="muted small">{KIND_LABEL[file.kind]}</span></li>)}
        </ul>
      )}
      <dialog ref={dialog} className="lightbox" onClose={() => setOpen(null)} aria-label={open?.filename}>
        {open && (
          <>
            <img src={open.url} alt={`${KIND_LABEL[open.kind] ?? ''} photo ${open.filename}`} />
            <div className="lightbox-bar">
              <span>{open.filename}</span>
              <a href={open.url} download className="button secondary small">Download</a>
              <button type="button" className="button primary small" onClick={() => setOpen(null)} autoFocus>Close</button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
