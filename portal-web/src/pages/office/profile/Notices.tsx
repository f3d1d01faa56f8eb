/** Active notices on the customer as banners (office only), each removable; a short form puts up a new one. */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { FormErrors, SubmitButton } from '../../../components/form';

const NoticeCreate = graphql(`
  mutation OfficeNoticeCreate($input: NoticeCreateInput!) {
    noticeCreate(input: $input) { userErrors { field code message } notice { id text active } }
  }
`);
const NoticeRemove = graphql(`
  mutation OfficeNoticeRemove($input: NoticeRemoveInput!) {
    noticeRemove(input: $input) { userErrors { field code message } notice { id active } }
  }
`);

export function Notices({ customerId, notices, readOnly, onChanged }: {
  customerId: string; notices: readonly { id: string; text: string; active: boolean }[]; readOnly: boolean; onChanged: () => void;
}) {
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [{ fetching: creating }, create] = useMutation(NoticeCreate);
  const [{ fetching: removing }, remove] = useMutation(NoticeRemove);
  async function add() {
    if (!text.trim()) { setMessages(['Write the notice.']); return; }
    const result = await create({ input: { customerId, text: text.trim() } });
    const payload = result.data?.noticeCreate;
    if (!payload) { setMessages([describeError(result.error) || 'Nothing was saved. Try again.']); return; }
    if (payload.userErrors.length) { setMessages([describeUserErrors(payload.userErrors)]); return; }
    setText('');
    setMessages([]);
    setAdding(false);
    onChanged();
  }
  async function takeDown(id: string) {
    const result = await remove({ input: { noticeId: id } });
    const payload = result.data?.noticeRemove;
    if (!payload) { setMessages([describeError(result.error) || 'Nothing was saved. Try again.']); return; }
    if (payload.userErrors.length) { setMessages([describeUserErrors(payload.userErrors)]); return; }
    onChanged();
  }
  const active = notices.filter((notice) => notice.active);
  return (
    <div className="profile-notices">
      {active.map((notice) => (
        <div key={notice.id} className="profile-banner" role="note" data-notice={notice.id}>
          <span><strong>Notice:</strong> {notice.text}</span>
          {!readOnly && <button type="button" className="button link" disabled={removing} onClick={() => void takeDown(notice.id)}>Remove<span className="visually-hidden"> notice “{notice.text}”</span></button>}
        </div>
      ))}
      {!readOnly && (adding ? (
        <form className="notice-form" noValidate onSubmit={(event) => { event.preventDefault(); void add(); }}>
          <label htmlFor="notice-text" className="visually-hidden">Notice text</label>
          <input id="notice-text" type="text" value={text} placeholder="e.g. Gate code changed to 4411" onChange={(event) => setText(event.target.value)} />
          <SubmitButton busy={creating} className="button primary small" busyLabel="Adding…">Put up notice</SubmitButton>
          <button type="button" className="button secondary small" onClick={() => { setAdding(false); setMessages([]); }}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="button link add-notice" onClick={() => setAdding(true)}>+ Add a notice</button>
      ))}
      <FormErrors messages={messages} />
    </div>
  );
}
