import type { Catalogue } from './catalogue';
import { fill } from './catalogue';
import { addMinutes, formatDate } from './format';
import type { AgendaInput } from './inputs';
import type { Block, DocumentModel, TableCell } from './model';

export interface ScheduledSection {
  number: number;
  title: string;
  minutes: number;
  /** `HH:MM`, from the meeting's start time. */
  start: string;
  end: string;
  points: string[];
}

/** Start and end of every section, one after the other from the start time. */
export function agendaSchedule(input: Pick<AgendaInput, 'startTime' | 'sections'>): {
  sections: ScheduledSection[];
  end: string;
  totalMinutes: number;
} {
  let elapsed = 0;
  const sections = input.sections.map((s, i) => {
    const start = addMinutes(input.startTime, elapsed);
    elapsed += s.minutes;
    return {
      number: i + 1,
      title: s.title.trim(),
      minutes: s.minutes,
      start,
      end: addMinutes(input.startTime, elapsed),
      points: s.points.map((p) => p.trim()).filter((p) => p !== ''),
    };
  });
  return { sections, end: addMinutes(input.startTime, elapsed), totalMinutes: elapsed };
}

/** The first exploration meeting's agenda: details, timed schedule, sections, attendees, materials. */
export function agendaModel(input: AgendaInput, catalogue: Catalogue): DocumentModel {
  const c = catalogue.agenda;
  const institution = input.institutionName.trim();
  const partner = input.partnerName.trim();
  const schedule = agendaSchedule(input);
  const subtitle =
    institution !== '' && partner !== ''
      ? fill(c.subtitle, { institution, partner })
      : institution || partner;

  const blocks: Block[] = [
    { kind: 'title', text: c.title, ...(subtitle !== '' ? { subtitle } : {}) },
    {
      kind: 'fields',
      rows: [
        { label: c.date, value: formatDate(input.date, catalogue.language) },
        { label: c.time, value: `${input.startTime}–${schedule.end}` },
        // Without a link or address yet, the row says how the meeting happens.
        input.location.trim() === ''
          ? { label: c.place, value: input.mode === 'online' ? c.online : c.inPerson }
          : { label: input.mode === 'online' ? c.link : c.place, value: input.location.trim() },
      ],
    },
    { kind: 'heading', level: 1, text: c.scheduleHeading },
    {
      kind: 'table',
      caption: c.scheduleCaption,
      widths: [1.3, 5, 1],
      header: [
        { runs: [{ text: c.scheduleTime, bold: true }] },
        { runs: [{ text: c.scheduleItem, bold: true }] },
        { runs: [{ text: c.scheduleMinutes, bold: true }], align: 'right' },
      ],
      rows: [
        ...schedule.sections.map((s): TableCell[] => [
          { runs: [`${s.start}–${s.end}`] },
          { runs: [`${s.number}. ${s.title}`] },
          { runs: [String(s.minutes)], align: 'right' },
        ]),
        [
          { runs: [''] },
          { runs: [{ text: c.totalLabel, bold: true }] },
          { runs: [{ text: String(schedule.totalMinutes), bold: true }], align: 'right' },
        ],
      ],
    },
  ];

  for (const s of schedule.sections) {
    blocks.push({
      kind: 'heading',
      level: 2,
      text: fill(c.sectionTitle, {
        number: String(s.number),
        title: s.title,
        start: s.start,
        end: s.end,
      }),
    });
    if (s.points.length > 0) {
      blocks.push({ kind: 'list', ordered: false, items: s.points.map((p) => [p]) });
    }
  }

  const attendees = input.attendees
    .map((a) => ({
      name: a.name.trim(),
      role: a.role.trim(),
      organisation: a.organisation.trim(),
    }))
    .filter((a) => a.name !== '' || a.role !== '' || a.organisation !== '');
  if (attendees.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.attendeesHeading });
    blocks.push({
      kind: 'table',
      caption: c.attendeesCaption,
      widths: [2, 2, 2],
      header: [c.attendeeName, c.attendeeRole, c.attendeeOrganisation].map((h) => ({
        runs: [{ text: h, bold: true }],
      })),
      rows: attendees.map((a) => [
        { runs: [a.name] },
        { runs: [a.role] },
        { runs: [a.organisation] },
      ]),
    });
  }

  const materials = input.materials.map((m) => m.trim()).filter((m) => m !== '');
  if (materials.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: c.materialsHeading });
    blocks.push({ kind: 'list', ordered: false, items: materials.map((m) => [m]) });
  }

  return {
    meta: {
      title: subtitle === '' ? c.title : `${c.title} – ${subtitle}`,
      subject: c.title,
      ...(institution !== '' ? { author: institution } : {}),
      language: catalogue.language,
    },
    footer: {
      ...(subtitle !== '' ? { text: subtitle } : {}),
      pageNumbers: { template: catalogue.pageNumbers },
    },
    blocks,
  };
}
