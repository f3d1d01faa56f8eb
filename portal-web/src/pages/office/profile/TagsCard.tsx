/** The customer's tags (office only): shown as chips; Edit turns them into a list to change (customerTagsSet). */
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { describeError, describeUserErrors } from '../../../lib/errors';
import { FormErrors, SubmitButton } from '../../../components/form';

const TagsSet = graphql(`
  mutation OfficeCustomerTagsSet($input: CustomerTagsSetInput!) {
    customerTagsSet(input: $input) { userErrors { field code message } customer { id tags { id name } } }
  }
`);

/** Tag names typed into the box: split on commas, trimmed, the same name (however cased) once. */
export function tagNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(',')) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

export function TagsCard({ customerId, tags, readOnly, onChanged }: {
  customerId: string; tags: readonly { id: string; name: string }[]; readOnly: boolean; onChanged: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [{ fetching }, save] = useMutation(TagsSet);
  function start() {
    setText(tags.map((tag) => tag.name).join(', '));
    setMessages([]);
    setEditing(true);
  }
  async function submit() {
    const names = tagNames(text);
    if (names.some((name) => name.length > 40)) { setMessages(['A tag is at most 40 characters.']); return; }
    const result = await save({ input: { customerId, tags: names } });
    const payload = result.data?.customerTagsSet;
    if (!payload) { setMessages([describeError(result.error) || 'Nothing was saved. Try again.']); return; }
    if (payload.userErrors.length) { setMessages([describeUserErrors(payload.userErrors)]); return; }
    setEditing(false);
    onChanged();
  }
  return (
    <section className="card" aria-labelledby="tags-title">
      <div className="card-header">
        <h2 id="tags-title">Tags</h2>
        {!readOnly && !editing && <button type="button" className="button link" onClick={start}>Edit<span className="visually-hidden"> tags</span></button>}
      </div>
      {editing ? (
        <form noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
          <label htmlFor="tags-input">Tags, separated by commas</label>
          <input id="tags-input" type="text" value={text} onChange={(event) => setText(event.target.value)} autoFocus />
          <FormErrors messages={messages} />
          <div className="form-actions">
            <button type="button" className="button secondary small" onClick={() => setEditing(false)}>Cancel</button>
            <SubmitButton busy={fetching} className="button primary small">Save tags</SubmitButton>
          </div>
        </form>
      ) : tags.length === 0 ? <p className="muted">No tags.</p> : (
        <ul className="tag-list" aria-label="Tags">{tags.map((tag) => <li key={tag.id} className="chip">{tag.name}</li>)}</ul>
      )}
    </section>
  );
}
