/**
 * The dispatch board of one day (/schedule/day?date=YYYY-MM-DD&by=team|employee): a column per team (or per
 * employee) and one for jobs nobody is on. Drag a job to another column (@dnd-kit/core) or use its "Move to…"
 * menu (the keyboard way); statuses change live from `jobStatusChanged` and late jobs are marked.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent,
} from '@dnd-kit/core';
import { DatePicker } from '../../../components/office/DatePicker';
import { ErrorState, Loading, PageHeader } from '../../../components/ui';
import { Link, navigate, useLocation } from '../../../lib/router';
import { addDays, dayLabel, groupIntoLanes, isDay, today, UNASSIGNED, weekStart, type Lane } from '../../../lib/schedule';
import { isLate } from '../../../lib/status';
import { type BoardJob, type CrewTeam, moveInput, type Move, useCrew, useJobsBetween, useReassign } from './data';
import { JobCard } from './JobCard';
import { useNow } from '../../../lib/now';
import './schedule.css';

type By = 'team' | 'employee';

function MoveMenu({ job, from, lanes, disabled, onMove }: {
  job: BoardJob; from: string; lanes: Lane[]; disabled: boolean; onMove: (to: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  const close = () => { setOpen(false); button.current?.focus(); };
  const targets = lanes.filter((lane) => lane.key !== from);
  return (
    <div className="sched-menu">
      <button ref={button} type="button" className="button link small" aria-haspopup="menu" aria-expanded={open}
        disabled={disabled} onClick={() => setOpen((was) => !was)}
        aria-label={`Move ${job.property?.name ?? 'job'} to another column`}>Move to…</button>
      {open && (
        <div ref={menu} role="menu" className="sched-menu-list" onKeyDown={(event) => {
          const items = Array.from(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
          const at = items.indexOf(document.activeElement as HTMLButtonElement);
          if (event.key === 'Escape') { event.preventDefault(); close(); }
          if (event.key === 'ArrowDown') { event.preventDefault(); items[(at + 1) % items.length]?.focus(); }
          if (event.key === 'ArrowUp') { event.preventDefault(); items[(at - 1 + items.length) % items.length]?.focus(); }
        }}>
          {targets.map((lane) => (
            <button key={lane.key} type="button" role="menuitem" onClick={() => { setOpen(false); onMove(lane.key); }}>{lane.label}</button>
          ))}
        </div>
      )}
    </div>
  );
}

function DraggableJob({ job, lane, lanes, now, busy, onMove }: {
  job: BoardJob; lane: string; lanes: Lane[]; now: Date; busy: boolean; onMove: (job: BoardJob, from: string, to: string) => void;
}) {
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: `${job.id}|${lane}`, data: { job, lane } });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  // The drag handle is the card; its keyboard role (dnd-kit's attributes) is left out: the menu is the keyboard way.
  const { role: _role, tabIndex: _tabIndex, ...rest } = attributes;
  return (
    <div ref={setNodeRef} style={style} className={`sched-drag ${isDragging ? 'is-dragging' : ''} ${busy ? 'is-busy' : ''}`}
      {...listeners} {...rest} aria-busy={busy}>
      <JobCard job={job} now={now}>
        <MoveMenu job={job} from={lane} lanes={lanes} disabled={busy} onMove={(to) => onMove(job, lane, to)} />
      </JobCard>
    </div>
  );
}

function LaneColumn({ lane, jobs, lanes, now, busyJob, onMove }: {
  lane: Lane; jobs: BoardJob[]; lanes: Lane[]; now: Date; busyJob: string | null;
  onMove: (job: BoardJob, from: string, to: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: lane.key });
  const late = jobs.filter((job) => isLate(job, now)).length;
  return (
    <section ref={setNodeRef} className={`sched-lane ${isOver ? 'is-over' : ''} ${lane.key === UNASSIGNED ? 'sched-lane-none' : ''}`}
      aria-labelledby={`lane-${lane.key}`} data-lane={lane.key} data-testid="schedule-lane">
      <h2 id={`lane-${lane.key}`} className="sched-lane-head">
        <span>{lane.label}</span>
        <span className="muted small nowrap">{jobs.length === 1 ? '1 job' : `${jobs.length} jobs`}{late > 0 && <span className="sched-late-count"> · {late} late</span>}</span>
      </h2>
      {jobs.length === 0 && <p className="muted small sched-drop-hint">No jobs. Drag one here.</p>}
      {jobs.map((job) => (
        <DraggableJob key={job.id} job={job} lane={lane.key} lanes={lanes} now={now} busy={busyJob === job.id} onMove={onMove} />
      ))}
    </section>
  );
}

export default function DayBoard() {
  const { search } = useLocation();
  const asked = search.get('date');
  const day = isDay(asked) ? asked : today();
  const by: By = search.get('by') === 'employee' ? 'employee' : 'team';
  const { jobs, total, loading, error, reload, replace } = useJobsBetween(day, addDays(day, 1));
  const crew = useCrew();
  const now = useNow();
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const { reassign, busyJob } = useReassign(useCallback((job: BoardJob | null) => (job ? replace(job) : reload()), [replace, reload]));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  const lanes: Lane[] = by === 'team'
    ? crew.teams.map((team) => ({ key: team.id, label: team.name }))
    : crew.employees.map((person) => ({ key: person.id, label: person.name }));
  const nameOf = (job: BoardJob, key: string) => (by === 'team' ? job.team?.name : job.employees.find((person) => person.id === key)?.name) ?? 'Other';
  const columns = groupIntoLanes(jobs, lanes, by, nameOf);
  const allLanes = columns.map((column) => column.lane);
  const late = jobs.filter((job) => isLate(job, now)).length;

  async function move(job: BoardJob, from: string, to: string) {
    const input = moveInput(job, { by, from, to } satisfies Move, crew.teams as CrewTeam[]);
    if (!input) return;
    const target = allLanes.find((lane) => lane.key === to)?.label ?? 'Not assigned';
    setSaid({ ok: true, text: `Moving ${job.property?.name ?? 'the job'} to ${target}…` });
    const result = await reassign(input);
    setSaid(result.ok ? { ok: true, text: `${job.property?.name ?? 'The job'} moved to ${target}.` } : { ok: false, text: result.message });
  }

  function onDragEnd(event: DragEndEvent) {
    const data = event.active.data.current as { job: BoardJob; lane: string } | undefined;
    const to = event.over?.id;
    if (!data || typeof to !== 'string' || to === data.lane) return;
    void move(data.job, data.lane, to);
  }

  const go = (next: string, nextBy: By = by) => navigate(`/schedule/day?date=${next}${nextBy === 'employee' ? '&by=employee' : ''}`);
  return (
    <>
      <nav className="crumbs" aria-label="Breadcrumb"><Link href={`/schedule?week=${weekStart(day)}`}>Schedule</Link></nav>
      <PageHeader title={`Dispatch · ${dayLabel(day)}`}>
        <Link className="button primary" href={`/jobs/new?date=${day}`}>New job</Link>
      </PageHeader>
      <div className="toolbar sched-nav" role="group" aria-label="Day">
        <button type="button" className="button secondary small" onClick={() => go(addDays(day, -1))} aria-label="Previous day">‹ Previous</button>
        <DatePicker label="Day shown" value={day} onChange={(next) => go(next)} />
        <button type="button" className="button secondary small" onClick={() => go(addDays(day, 1))} aria-label="Next day">Next ›</button>
        <button type="button" className="button link" onClick={() => go(today())}>Today</button>
        <div className="sched-toggle" role="group" aria-label="Columns">
          <button type="button" aria-pressed={by === 'team'} onClick={() => go(day, 'team')}>By team</button>
          <button type="button" aria-pressed={by === 'employee'} onClick={() => go(day, 'employee')}>By employee</button>
        </div>
        <p className="sched-summary" data-testid="list-count">
          {!loading && <>{total === 1 ? '1 job' : `${total} jobs`}{late > 0 && <> · <span className="sched-late-count">{late} late</span></>}</>}
        </p>
      </div>
      <p className={`sched-said ${said && !said.ok ? 'form-error' : ''}`} role={said && !said.ok ? 'alert' : 'status'} aria-live="polite"
        data-testid="board-status">{said?.text ?? ''}</p>
      {(error || crew.error) && <ErrorState error={error ?? crew.error ?? ''} retry={reload} />}
      {loading && !jobs.length && <Loading label="Reading the day…" />}
      {!(loading && !jobs.length) && <DndContext sensors={sensors} onDragEnd={onDragEnd}>
        <div className="sched-board" data-testid="day-board">
          {columns.map(({ lane, jobs: laneJobs }) => (
            <LaneColumn key={lane.key} lane={lane} jobs={laneJobs} lanes={allLanes} now={now} busyJob={busyJob} onMove={move} />
          ))}
        </div>
      </DndContext>}
    </>
  );
}
