/**
 * Page data of /co-quan/ and its sub-pages, built from the parsed Part IV
 * (plan text), the editorial classification (agencies.ts), the mentions in
 * the whole plan and the needs list. Pure; the ocop-data plugin calls it at
 * build time and passes each page its data through createData. Route
 * components import these types with `import type`.
 */
import {AGENCIES, KIND_LABELS, TASK_GROUPS, agencyPath, groupPath, roleFromText, type AgencyClassification, type AgencyKind, type RelatedLink, type Role, type TaskGroup} from './agencies';
import {AGENCY_WEBSITES, checkWebsites, contactFor, type AgencyContact, type Website} from './contact';
import {NEEDS} from './needs';
import type {PlanItem} from './parsePartIv';
import {findMentions, splitPlanSections, type PlanPartial, type PlanPlace} from './planMentions';

export interface AgencySummary {
  item: number;
  slug: string;
  /** Site path of the body's page. */
  path: string;
  /** The body's anchor in the plan, e.g. "iv-3". */
  anchor: string;
  /** Name as the plan writes it (without "Đề nghị"). */
  name: string;
  shortName: string;
  /** The bodies grouped under the short name, as the plan names them (empty for a single body). */
  members: string[];
  kind: AgencyKind;
  kindLabel: string;
  /** The plan "requests" (đề nghị) rather than assigns. */
  requested: boolean;
  /** Number of duties (bullets, or 1 for a run-in item). */
  dutyCount: number;
}

export interface DutyView {
  /** "iv-3-2": item 3, bullet 2; the anchor on the body's page. */
  id: string;
  index: number;
  /** The plan's words. */
  text: string;
  role: Role;
  groups: TaskGroup[];
}

export interface GroupInfo {
  id: TaskGroup;
  slug: string;
  label: string;
  /** Site path of the group's page. */
  path: string;
  /** Where the plan sets out this group, e.g. "/ke-hoach/noi-dung/#ii-2-3". */
  planHref: string;
  /** "Mục II.2.3" or "Phần III". */
  citation: string;
}

/** A matrix cell: the strongest role among the body's duties in the group. */
export type CellRole = 'chu-tri' | 'phoi-hop' | 'giao';

export interface MatrixCell {
  group: TaskGroup;
  /** null: no duty of the body falls in this group. */
  role: CellRole | null;
  /** Ids of the body's duties in this group, in plan order. */
  duties: string[];
}

export interface MatrixRow {
  agency: AgencySummary;
  cells: MatrixCell[];
  /** Duties in no task group (general duties). */
  generalDuties: string[];
}

export interface NeedSummary {
  id: string;
  title: string;
}

export interface AgencyIndexData {
  agencies: AgencySummary[];
  kinds: {kind: AgencyKind; label: string}[];
  groups: GroupInfo[];
  matrix: MatrixRow[];
  needs: NeedSummary[];
}

export interface AgencyPageData {
  agency: AgencySummary;
  /** Heading of the item as the plan writes it (with "Đề nghị" for item 11). */
  heading: string;
  runIn: boolean;
  duties: DutyView[];
  groups: GroupInfo[];
  /** Places of the plan that name this body, in plan order. */
  mentions: PlanPlace[];
  /** Needs whose answer cites a duty of this body. */
  needs: NeedSummary[];
  related: RelatedLink[];
  previous: {path: string; name: string} | null;
  next: {path: string; name: string} | null;
  /** "Liên hệ cơ quan": the province's portal, the body's own sourced websites (contact.ts). */
  contact: AgencyContact;
}

export interface GroupPageData {
  group: GroupInfo;
  groups: GroupInfo[];
  entries: {agency: AgencySummary; duties: DutyView[]}[];
}

export interface NeedView extends NeedSummary {
  notes: string[];
  links: {label: string; to: string}[];
  contextNotes: string[];
  entries: {agency: AgencySummary; duty: DutyView}[];
}

export interface NeedsPageData {
  needs: NeedView[];
}

export interface AgencyPages {
  index: AgencyIndexData;
  agencies: AgencyPageData[];
  groups: GroupPageData[];
  needs: NeedsPageData;
}

export class AgencyDataError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Dữ liệu trách nhiệm các cơ quan không khớp với Phần IV của Kế hoạch:\n- ${problems.join('\n- ')}`);
    this.name = 'AgencyDataError';
  }
}

const KIND_ORDER: AgencyKind[] = ['co-quan-nha-nuoc', 'chi-nhanh-trung-uong', 'mat-tran-doan-the', 'chinh-quyen-dia-phuong', 'bao-chi', 'to-chuc-kinh-te'];

export function groupInfos(): GroupInfo[] {
  return TASK_GROUPS.map((g) => ({
    id: g.id,
    slug: g.slug,
    label: g.label,
    path: groupPath(g.slug),
    planHref: `${g.path}#${g.anchor}`,
    citation: g.id === 'III' ? 'Phần III' : `Mục II.${g.id}`,
  }));
}

/** Problems between the parsed plan and the classification (empty when they agree). */
export function checkClassification(items: readonly PlanItem[], agencies: readonly AgencyClassification[]): string[] {
  const problems: string[] = [];
  if (items.length !== agencies.length) problems.push(`Phần IV có ${items.length} mục, agencies.ts có ${agencies.length} cơ quan.`);
  for (const item of items) {
    const a = agencies.find((x) => x.item === item.number);
    if (!a) {
      problems.push(`Mục IV.${item.number} chưa có trong agencies.ts.`);
      continue;
    }
    if (a.duties.length !== item.duties.length) {
      problems.push(`Mục IV.${item.number} có ${item.duties.length} ý trong Kế hoạch, agencies.ts phân loại ${a.duties.length} ý.`);
    }
  }
  const slugs = agencies.map((a) => a.slug);
  if (new Set(slugs).size !== slugs.length) problems.push('Hai cơ quan trùng slug.');
  return problems;
}

function cellRole(duties: readonly DutyView[]): CellRole | null {
  if (duties.length === 0) return null;
  if (duties.some((x) => x.role === 'chu-tri')) return 'chu-tri';
  if (duties.some((x) => x.role === 'phoi-hop')) return 'phoi-hop';
  return 'giao';
}

export function buildAgencyPages(
  items: readonly PlanItem[],
  partials: readonly PlanPartial[],
  agencies: readonly AgencyClassification[] = AGENCIES,
  websites: Readonly<Record<string, readonly Website[]>> = AGENCY_WEBSITES,
): AgencyPages {
  const problems = [...checkClassification(items, agencies), ...checkWebsites(websites, agencies.map((a) => a.slug))];
  if (problems.length > 0) throw new AgencyDataError(problems);

  const groups = groupInfos();
  const sections = splitPlanSections(partials);
  const bodies = items.map((item) => {
    const a = agencies.find((x) => x.item === item.number)!;
    const summary: AgencySummary = {
      item: item.number,
      slug: a.slug,
      path: agencyPath(a.slug),
      anchor: item.anchor,
      name: item.name,
      shortName: a.shortName,
      members: [...(a.members ?? [])],
      kind: a.kind,
      kindLabel: KIND_LABELS[a.kind],
      requested: item.requested,
      dutyCount: item.duties.length,
    };
    const duties = item.duties.map((duty, i): DutyView => ({...duty, role: roleFromText(duty.text), groups: [...a.duties[i]!.groups]}));
    return {item, a, summary, duties};
  });

  const dutyIndex = new Map(bodies.flatMap((b) => b.duties.map((duty) => [duty.id, {agency: b.summary, duty}] as const)));
  const needProblems = NEEDS.flatMap((n) => n.duties.filter((id) => !dutyIndex.has(id)).map((id) => `Nhu cầu "${n.id}" dẫn ý ${id}, không có trong Phần IV.`));
  if (needProblems.length > 0) throw new AgencyDataError(needProblems);

  const needs: NeedView[] = NEEDS.map((n) => ({
    id: n.id,
    title: n.title,
    notes: [...n.notes],
    links: n.links.map((l) => ({...l})),
    contextNotes: [...n.contextNotes],
    entries: n.duties.map((id) => dutyIndex.get(id)!),
  }));
  const needSummaries = needs.map(({id, title}) => ({id, title}));

  const matrix: MatrixRow[] = bodies.map((b) => ({
    agency: b.summary,
    cells: groups.map((g) => {
      const inGroup = b.duties.filter((x) => x.groups.includes(g.id));
      return {group: g.id, role: cellRole(inGroup), duties: inGroup.map((x) => x.id)};
    }),
    generalDuties: b.duties.filter((x) => x.groups.length === 0).map((x) => x.id),
  }));

  const agencyPages = bodies.map((b, i): AgencyPageData => {
    const prev = bodies[i - 1];
    const next = bodies[i + 1];
    return {
      agency: b.summary,
      heading: b.item.heading,
      runIn: b.item.runIn,
      duties: b.duties,
      groups,
      mentions: findMentions(sections, b.a.nameForms),
      needs: needs.filter((n) => n.entries.some((e) => e.agency.slug === b.summary.slug)).map(({id, title}) => ({id, title})),
      related: b.a.related.map((r) => ({...r})),
      previous: prev ? {path: prev.summary.path, name: prev.summary.shortName} : null,
      next: next ? {path: next.summary.path, name: next.summary.shortName} : null,
      contact: contactFor(b.summary.slug, websites),
    };
  });

  const groupPages = groups.map((g): GroupPageData => ({
    group: g,
    groups,
    entries: bodies.flatMap((b) => {
      const duties = b.duties.filter((x) => x.groups.includes(g.id));
      return duties.length > 0 ? [{agency: b.summary, duties}] : [];
    }),
  }));

  const summaries = bodies.map((b) => b.summary);
  return {
    index: {
      agencies: summaries,
      kinds: KIND_ORDER.filter((k) => summaries.some((s) => s.kind === k)).map((kind) => ({kind, label: KIND_LABELS[kind]})),
      groups,
      matrix,
      needs: needSummaries,
    },
    agencies: agencyPages,
    groups: groupPages,
    needs: {needs},
  };
}
