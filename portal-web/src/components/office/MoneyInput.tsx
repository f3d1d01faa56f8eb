/**
 * An amount field for the office's forms: the currency sign in front, a decimal keyboard on tablets, typed amounts
 * like "1,200.50" or "$80" accepted and tidied when the field is left ("1200.5" → "1,200.50"). The value stays the
 * typed text; check it with `amountField` (lib/money.ts, a zod rule) and send `toAmount(text)`, so what reaches the
 * API is always a number. Works with react-hook-form's `register` (it forwards the ref, `onChange` and `onBlur`).
 */
import { forwardRef, type ChangeEvent, type FocusEvent, type InputHTMLAttributes } from 'react';
import { tidyAmountText } from '../../lib/money';
import './MoneyInput.css';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode'> & {
  /** The sign shown in front of the amount. */
  symbol?: string;
};

export const MoneyInput = forwardRef<HTMLInputElement, Props>(function MoneyInput(
  { symbol = '$', className, onBlur, onChange, ...rest }, ref,
) {
  function leave(event: FocusEvent<HTMLInputElement>) {
    const tidy = tidyAmountText(event.target.value);
    if (tidy !== event.target.value) {
      event.target.value = tidy;
      // Let a form library see the tidied text as a change (react-hook-form reads event.target.value).
      onChange?.({ ...event, target: event.target, currentTarget: event.target } as unknown as ChangeEvent<HTMLInputElement>);
    }
    onBlur?.(event);
  }
  return (
    <span className={`money-input ${className ?? ''}`}>
      <span className="money-input-symbol" aria-hidden="true">{symbol}</span>
      <input ref={ref} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} {...rest}
        onChange={onChange} onBlur={leave} />
    </span>
  );
});
