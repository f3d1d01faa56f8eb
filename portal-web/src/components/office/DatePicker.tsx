/**
 * A calendar day picker for the office (react-day-picker): a button that says the day ("Thu, Dec 3, 2026")
 * and opens a month calendar. The value is a calendar day "YYYY-MM-DD" with no zone; "today" is today in the
 * company's time zone (lib/company.ts), not the browser's. Keyboard: Enter/Space opens it with the focus on the
 * chosen day, the arrows move by day and week, Page Up/Down by month, Enter picks, Escape closes; the focus
 * goes back to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import 'react-day-picker/style.css';
import { dayLabel, isDay, today as companyToday } from '../../lib/schedule';
import './DatePicker.css';

/** A calendar day as a Date at local midnight (what DayPicker works in); the zone plays no part. */
function toDate(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

function toDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface DatePickerProps {
  /** The chosen day, "YYYY-MM-DD" (or empty for none). */
  value: string;
  onChange: (day: string) => void;
  /** What the button is for, for screen readers ("Day shown"); the visible label is the day. */
  label: string;
  id?: string;
  disabled?: boolean;
  /** Days before this one cannot be picked. */
  fromDay?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

export function DatePicker({ value, onChange, label, id, disabled, fromDay, ...aria }: DatePickerProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const dialogId = useId();
  const chosen = isDay(value) ? value : null;
  const todayDay = companyToday();

  function close(refocus = true) {
    setOpen(false);
    if (refocus) button.current?.focus();
  }

  // A click outside closes it (without taking the focus back: the person clicked somewhere else).
  useEffect(() => {
    if (!open) return undefined;
    const outside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  return (
    <span className="datepicker">
      <button
        ref={button}
        id={id}
        type="button"
        className="button secondary datepicker-button nowrap"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        aria-label={`${label}: ${chosen ? dayLabel(chosen, true) : 'none'}. Change`}
        disabled={disabled}
        onClick={() => setOpen((was) => !was)}
        {...aria}
      >
        <svg aria-hidden="true" className="datepicker-icon" width="16" height="16" viewBox="0 0 16 16" fill="none"
          stroke="currentColor" strokeWidth="1.5"><rect x="1.75" y="2.75" width="12.5" height="11.5" rx="1.5" />
          <path d="M1.75 6.25h12.5M5 1v3.5M11 1v3.5" /></svg>
        {chosen ? dayLabel(chosen, true) : 'Pick a day'}
        {chosen === todayDay && <span className="datepicker-today"> (today)</span>}
      </button>
      {open && (
        <div
          ref={panel}
          id={dialogId}
          role="dialog"
          aria-label={label}
          className="datepicker-panel"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <DayPicker
            mode="single"
            required
            autoFocus
            weekStartsOn={1}
            today={toDate(todayDay)}
            selected={chosen ? toDate(chosen) : undefined}
            defaultMonth={toDate(chosen ?? todayDay)}
            disabled={fromDay && isDay(fromDay) ? { before: toDate(fromDay) } : undefined}
            onSelect={(date: Date | undefined) => {
              if (!date) return;
              onChange(toDay(date));
              close();
            }}
          />
          <div className="datepicker-foot">
            <button type="button" className="button link" onClick={() => { onChange(todayDay); close(); }}>Today</button>
            <button type="button" className="button link" onClick={() => close()}>Close</button>
          </div>
        </div>
      )}
    </span>
  );
}
