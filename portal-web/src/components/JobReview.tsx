import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { describeError, describeUserError, describeUserErrors } from '../lib/errors';
import { formatDateTime } from '../lib/format';

const JobReviewMutation = graphql(`
  mutation JobReview($input: JobReviewInput!) {
    jobReview(input: $input) { job { id review { rating comment problem changedAt } } userErrors { field code message } }
  }
`);

export interface ReviewShown { rating: number; comment?: string | null; problem: boolean; changedAt: string }

const WORDS = ['', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent'];

function Stars({ rating }: { rating: number }) {
  return <span className="review-shown" aria-label={`${rating} of 5 stars`}>{'★'.repeat(rating)}{'☆'.repeat(5 - rating)}</span>;
}

/**
 * The client's word on a finished job: stars, a comment and a problem flag, while the company's review window is
 * open (`closesAt`); after that the review (if any) is shown as it stands.
 */
export function JobReviewPanel({ jobId, review, closesAt, canReview, onSaved }: {
  jobId: string; review: ReviewShown | null | undefined; closesAt: string | null | undefined; canReview: boolean;
  onSaved: () => void;
}) {
  const open = !!closesAt && new Date(closesAt).getTime() > Date.now();
  const [editing, setEditing] = useState(!review);
  const [rating, setRating] = useState(review?.rating ?? 0);
  const [comment, setComment] = useState(review?.comment ?? '');
  const [problem, setProblem] = useState(review?.problem ?? false);
  const [error, setError] = useState<string | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [state, save] = useMutation(JobReviewMutation);
  if (!closesAt) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setCommentError(null);
    if (rating < 1) {
      setError('Choose from 1 to 5 stars.');
      return;
    }
    if (problem && !comment.trim()) {
      setCommentError('Say what was wrong, so the office can put it right.');
      return;
    }
    const result = await save({ input: { jobId, rating, comment: comment.trim() || null, problem } });
    const payload = result.data?.jobReview;
    const commentProblem = payload?.userErrors.find((e) => e.field?.join('.') === 'input.comment');
    const others = payload?.userErrors.filter((e) => e !== commentProblem) ?? [];
    if (result.error) setError(describeError(result.error));
    else if (commentProblem || others.length) {
      if (commentProblem) setCommentError(describeUserError(commentProblem));
      if (others.length) setError(describeUserErrors(others));
    } else {
      setSaved(problem ? 'Thank you. The office has been told about the problem and will follow it up.' : 'Thank you for your review.');
      setEditing(false);
      onSaved();
    }
  }

  return (
    <section className="card span-2" aria-labelledby="review-title" data-testid="review">
      <h2 id="review-title">Your review</h2>
      {saved && <p className="success" role="status">{saved}</p>}
      {review && !editing && (
        <>
          <p><Stars rating={review.rating} /> <span className="muted">{WORDS[review.rating]}</span></p>
          {review.comment && <p>{review.comment}</p>}
          {review.problem && <p className="note">You flagged a problem; the office follows it up.</p>}
          <p className="small muted">Last changed {formatDateTime(review.changedAt)}.
            {open ? ` You can change it until ${formatDateTime(closesAt)}.` : ' Reviews are closed for this job.'}</p>
          {open && canReview && <button type="button" className="button secondary" onClick={() => { setEditing(true); setSaved(null); }}>Change your review</button>}
        </>
      )}
      {!review && !open && <p className="muted">Reviews for this job closed on {formatDateTime(closesAt)}.</p>}
      {!review && open && !canReview && <p className="muted">The people on this account can review this job until {formatDateTime(closesAt)}.</p>}
      {editing && open && canReview && (
        <form className="review-form" onSubmit={submit}>
          <fieldset className="stars">
            <legend>How did we do?</legend>
            {[1, 2, 3, 4, 5].map((value) => (
              <label key={value} className={`star ${value <= rating ? 'on' : ''}`}>
                <input type="radio" name="rating" value={value} checked={rating === value} onChange={() => setRating(value)}
                  aria-label={`${value} ${value === 1 ? 'star' : 'stars'}: ${WORDS[value]}`} />
                <span aria-hidden="true">★</span>
              </label>
            ))}
          </fieldset>
          {rating > 0 && <p className="small muted" aria-live="polite">{WORDS[rating]}</p>}
          <label htmlFor="review-comment">Comment {problem ? '' : '(optional)'}</label>
          <textarea id="review-comment" value={comment} maxLength={2000} aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? 'review-comment-error' : undefined}
            onChange={(event) => { setComment(event.target.value); setCommentError(null); }} />
          {commentError && <p id="review-comment-error" className="field-error" role="alert">{commentError}</p>}
          <label className="review-problem">
            <input type="checkbox" checked={problem} onChange={(event) => setProblem(event.target.checked)} />
            <span>Something was wrong: ask the office to follow up</span>
          </label>
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={state.fetching}>{state.fetching ? 'Sending…' : review ? 'Save changes' : 'Send review'}</button>
            {review && <button type="button" className="button link" onClick={() => setEditing(false)}>Cancel</button>}
          </div>
          <p className="small muted">You can change your review until {formatDateTime(closesAt)}.</p>
          {error && <p className="form-error" role="alert">{error}</p>}
        </form>
      )}
    </section>
  );
}
