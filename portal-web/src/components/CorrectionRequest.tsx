import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { describeError, describeUserErrors } from '../lib/errors';
import { graphql } from '../gql';
import { formatDateTime } from '../lib/format';

const CorrectionCreate = graphql(`
  mutation CorrectionRequestCreate($input: CorrectionRequestCreateInput!) {
    correctionRequestCreate(input: $input) { correctionRequest { id status } userErrors { field code message } }
  }
`);

export interface CorrectionEntry {
  id: string;
  status: string;
  message: string;
  answer?: string | null;
  createdAt: string;
}

/** "Something wrong?": ask the office to correct an invoice or a payment, and see earlier requests. */
export function CorrectionRequest({ invoiceId, transactionId, existing, onSent, compact }: {
  invoiceId?: string; transactionId?: string; existing?: CorrectionEntry[]; onSent: () => void; compact?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [state, create] = useMutation(CorrectionCreate);
  const fieldId = `correction-${invoiceId ?? transactionId}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const result = await create({ input: { invoiceId: invoiceId ?? null, transactionId: transactionId ?? null, message: message.trim() } });
    const payload = result.data?.correctionRequestCreate;
    if (result.error) setError(describeError(result.error));
    else if (payload?.userErrors.length) setError(describeUserErrors(payload.userErrors));
    else { setSent(true); setOpen(false); setMessage(''); onSent(); }
  }

  return (
    <div className="correction">
      {existing && existing.length > 0 && (
        <ul className="rows">
          {existing.map((request) => (
            <li key={request.id}><span className="small muted">{formatDateTime(request.createdAt)} · {request.status === 'OPEN' ? 'Waiting for the office' : 'Answered'}</span>
              <span className="block">{request.message}</span>{request.answer && <span className="block note">{request.answer}</span>}</li>
          ))}
        </ul>
      )}
      {sent && <p className="success" role="status">Sent: the office will answer here.</p>}
      {!open ? (
        <button type="button" className={`button ${compact ? 'link' : 'secondary'}`} onClick={() => { setOpen(true); setSent(false); }}>Request a correction</button>
      ) : (
        <form onSubmit={submit} className="form-grid">
          <div className="span-all"><label htmlFor={fieldId}>What should be corrected?</label>
            <textarea id={fieldId} rows={3} value={message} onChange={(event) => setMessage(event.target.value)} required autoFocus /></div>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={!message.trim() || state.fetching}>{state.fetching ? 'Sending…' : 'Send'}</button>
            <button type="button" className="button link" onClick={() => setOpen(false)}>Cancel</button>
          </div>
        </form>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </div>
  );
}
