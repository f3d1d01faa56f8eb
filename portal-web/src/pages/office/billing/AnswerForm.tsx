/**
 * Answer a client's correction request: reply only (decline or explain), or accept it with a credit on its
 * invoice (paid or partially paid invoices; the answer is the credit's reason). One mutation, one transaction.
 */
import { useState } from 'react';
import { useMutation } from 'urql';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { applyUserErrors, outcome } from '../../../lib/forms';
import { amountProblem, toAmount } from '../../../lib/money';
import { formatMoney, type MoneyLike } from '../../../lib/format';
import { FormErrors, FormField, SubmitButton } from '../../../components/form';
import { MoneyInput } from '../../../components/office/MoneyInput';
import { CorrectionAnswer } from './mutations';

export interface AnswerTarget {
  id: string;
  /** What could still be credited on the request's invoice (its total when paid or partly paid); null: no credit possible. */
  creditable: (MoneyLike & { cents: number }) | null;
}

export function AnswerForm({ request, onDone, onCancel }: { request: AnswerTarget; onDone: (text: string) => void; onCancel?: () => void }) {
  const [, answer] = useMutation(CorrectionAnswer);
  const [messages, setMessages] = useState<string[]>([]);
  const max = request.creditable ? request.creditable.cents / 100 : undefined;
  const schema = z.object({
    kind: z.enum(['reply', 'credit']),
    answer: z.string().trim().min(1, 'Write the answer the client will read.').max(2000, 'Keep it under 2,000 characters.'),
    creditAmount: z.string(),
  }).superRefine((values, context) => {
    if (values.kind !== 'credit') return;
    const problem = amountProblem(values.creditAmount, { max, maxWords: `the invoice's total (${formatMoney(request.creditable)})`, requiredWords: 'Enter the credit.' });
    if (problem) context.addIssue({ code: 'custom', path: ['creditAmount'], message: problem });
  });
  type Values = z.infer<typeof schema>;
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { kind: 'reply', answer: '', creditAmount: '' } });
  const kind = form.watch('kind');
  const submit = form.handleSubmit(async (values) => {
    setMessages([]);
    const input = { id: request.id, answer: values.answer.trim(), creditAmount: values.kind === 'credit' ? toAmount(values.creditAmount) : null };
    const sent = outcome<{ userErrors: { field?: readonly string[] | null; message: string }[] }>(await answer({ input }), 'correctionRequestAnswer');
    if (!sent.ok) { setMessages([...sent.messages, ...applyUserErrors(form.setError, sent.userErrors, ['answer', 'creditAmount'])]); return; }
    onDone(values.kind === 'credit' ? `Answered, with a credit of ${formatMoney({ amount: input.creditAmount ?? '0', currency: request.creditable?.currency ?? 'USD' })}.` : 'Answered; the client reads your reply.');
  });
  const errors = form.formState.errors;
  return (
    <form className="billing-inline-form" onSubmit={submit} noValidate aria-label="Answer the correction request">
      <fieldset className="billing-choice">
        <legend>Answer</legend>
        <label><input type="radio" value="reply" {...form.register('kind')} /> Reply only (decline or explain)</label>
        <label title={request.creditable ? undefined : 'Only a paid or partly paid invoice can be credited'}>
          <input type="radio" value="credit" disabled={!request.creditable} {...form.register('kind')} /> Accept with a credit
          {!request.creditable && <span className="muted small"> (nothing paid to credit)</span>}
        </label>
      </fieldset>
      {kind === 'credit' && (
        <FormField label="Credit" error={errors.creditAmount?.message} hint={`At most ${formatMoney(request.creditable)}`}>
          <MoneyInput {...form.register('creditAmount')} />
        </FormField>
      )}
      <FormField label={kind === 'credit' ? 'Answer (also the reason printed on the credit)' : 'Answer (the client reads this)'} error={errors.answer?.message}>
        <textarea rows={3} {...form.register('answer')} />
      </FormField>
      <FormErrors messages={messages} />
      <div className="form-buttons">
        <SubmitButton busy={form.formState.isSubmitting} busyLabel="Sending…">{kind === 'credit' ? 'Credit and answer' : 'Send answer'}</SubmitButton>
        {onCancel && <button type="button" className="button secondary" onClick={onCancel} disabled={form.formState.isSubmitting}>Cancel</button>}
      </div>
    </form>
  );
}

/** What the request's invoice can still be credited with, as the form needs it. */
export function creditableOf(invoice: { status: string; total: MoneyLike & { cents: number } } | null | undefined): AnswerTarget['creditable'] {
  if (!invoice || (invoice.status !== 'PAID' && invoice.status !== 'PARTIALLY_PAID') || invoice.total.cents <= 0) return null;
  return invoice.total;
}
