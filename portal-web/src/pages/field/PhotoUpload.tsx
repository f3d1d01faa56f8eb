import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import { describeError, describeUserErrors } from '../../lib/errors';
import { graphql } from '../../gql';
import type { FileKind } from '../../gql/graphql';

const FileUpload = graphql(`
  mutation FileUpload($input: FileUploadInput!) {
    fileUpload(input: $input) { file { id kind filename url thumbnailUrl } userErrors { field code message } }
  }
`);

const KINDS: { kind: FileKind; label: string }[] = [
  { kind: 'BEFORE_PHOTO', label: 'Before' },
  { kind: 'AFTER_PHOTO', label: 'After' },
  { kind: 'DAMAGE_REPORT', label: 'Damage' },
];

/** Take a photo with the phone's camera (or pick one) and attach it to the job as before, after or damage. */
export function PhotoUpload({ jobId, onUploaded }: { jobId: string; onUploaded: () => void }) {
  const [kind, setKind] = useState<FileKind>('BEFORE_PHOTO');
  const [state, upload] = useMutation(FileUpload);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function send(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setMessage(null);
    const result = await upload(
      { input: { jobId, kind, file, visibleToClient: true } },
      { fetchOptions: { headers: { 'Apollo-Require-Preflight': 'true' } } },
    );
    const payload = result.data?.fileUpload;
    if (result.error) setMessage({ error: true, text: result.error.networkError ? 'No connection: the photo was not sent. Try again.' : describeError(result.error) });
    else if (payload?.userErrors.length) setMessage({ error: true, text: describeUserErrors(payload.userErrors) });
    else { setMessage({ error: false, text: `${KINDS.find((k) => k.kind === kind)?.label} photo added.` }); onUploaded(); }
    if (input.current) input.current.value = '';
  }

  return (
    <div className="upload">
      <fieldset className="segmented">
        <legend>Photo of</legend>
        {KINDS.map((option) => (
          <label key={option.kind} className={kind === option.kind ? 'active' : ''}>
            <input type="radio" name={`kind-${jobId}`} value={option.kind} checked={kind === option.kind} onChange={() => setKind(option.kind)} />
            {option.label}
          </label>
        ))}
      </fieldset>
      <label className="button secondary big upload-button">
        {state.fetching ? 'Uploading…' : 'Take or choose a photo'}
        <input ref={input} className="visually-hidden" type="file" accept="image/*" capture="environment" disabled={state.fetching}
          onChange={(event) => send(event.target.files)} />
      </label>
      {message && <p className={message.error ? 'form-error' : 'success'} role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </div>
  );
}
