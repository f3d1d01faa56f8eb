/** The customer's portal users (office only): who they are and what they see; created and changed at /access. */
import { Link } from '../../../lib/router';
import { formatDateTime } from '../../../lib/format';

type PortalUser = { id: string; username: string; name?: string | null; active: boolean; finances: boolean;
  locked?: boolean | null; lastSignInAt?: string | null; properties?: readonly { id: string; name: string }[] | null };

export function PortalUsersCard({ customerId, users }: { customerId: string; users: readonly PortalUser[] }) {
  return (
    <section className="card" aria-labelledby="users-title">
      <div className="card-header">
        <h2 id="users-title">Portal users <span className="muted small">({users.length})</span></h2>
        <Link href={`/access?customer=${encodeURIComponent(customerId)}`}>Give portal access</Link>
      </div>
      {users.length === 0 ? <p className="muted">Nobody signs in for this client yet.</p> : (
        <ul className="rows compact">
          {users.map((user) => (
            <li key={user.id} data-user={user.id}>
              <span>
                <strong>{user.name || user.username}</strong> <span className="muted small">{user.username}</span>
                <span className="muted small block">
                  {user.properties?.length ? `${user.properties.map((property) => property.name).join(', ')}` : 'All properties'}
                  {' · '}{user.finances ? 'sees money' : 'no finances'}
                  {user.lastSignInAt && <> · last in <span className="nowrap">{formatDateTime(user.lastSignInAt)}</span></>}
                </span>
              </span>
              <span>
                {!user.active && <span className="badge badge-neutral">Disabled</span>}
                {user.locked && <span className="badge badge-bad">Locked</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
