export interface ChecklistEntry {
  id: string;
  label: string;
  required: boolean;
  done: boolean;
}

/** A read-only checklist with its completion ("3 of 5 done"). */
export function Checklist({ items }: { items: ChecklistEntry[] }) {
  if (!items.length) return <p className="muted">No checklist for this job.</p>;
  const done = items.filter((item) => item.done).length;
  return (
    <>
      <p className="small"><strong>{done} of {items.length}</strong> done</p>
      <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={items.length} aria-valuenow={done} aria-label="Checklist completion">
        <span style={{ width: `${(100 * done) / items.length}%` }} />
      </div>
      <ul className="checklist">
        {items.map((item) => (
          <li key={item.id} className={item.done ? 'done' : ''}>
            <span className="check" aria-hidden="true">{item.done ? '✓' : ''}</span>
            <span>{item.label}{item.required && <span className="muted small"> (required)</span>}</span>
            <span className="visually-hidden">{item.done ? 'done' : 'not done'}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
