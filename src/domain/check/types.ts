/** What the plan check (检查) looks for; the panel groups its findings by kind. */
export type CheckKind =
  | 'slot'
  | 'year'
  | 'emptyItem'
  | 'singleChild'
  | 'halfWidth'
  | 'mixedPeriod'
  | 'typedNumber'
  | 'titlePeriod'
  | 'duplicateTitle'

/** error: must be done before it goes out; warning: very likely wrong; hint: worth a look. */
export type CheckSeverity = 'error' | 'warning' | 'hint'

/** The node id of the plan's preamble (as in the editor store and planSlots). */
export const PREAMBLE = 'preamble'
/** The node id of the plan's own title (as in planSlots), edited in the plan's form. */
export const PLAN_TITLE = 'planTitle'
/** The node id of the plan's unit (单位), edited in the plan's form. */
export const PLAN_UNIT = 'planUnit'

/** Whether a finding is in the plan's title or unit (the plan's form), not in the document. */
export const isPlanInfo = (nodeId: string) => nodeId === PLAN_TITLE || nodeId === PLAN_UNIT

export type CheckField = 'title' | 'body'

/** One replacement in a field's plain text (docText for bodies), checked against `before`. */
export interface TextEdit {
  nodeId: string
  field: CheckField
  from: number
  to: number
  /** The text expected at from..to; the fix is refused when it has changed since the check. */
  before: string
  after: string
}

export interface CheckFix {
  /** The button's label: 改为全角, 删除手写序号, 保留为历史年份, … */
  label: string
  kind:
    'fullWidth' | 'period' | 'removeNumber' | 'removeTitlePeriod' | 'keepYear' | 'comparisonYear'
  edits?: TextEdit[]
  /** keepYear: the year to add to the plan's keptYears; comparisonYear: to comparisonYears. */
  year?: number
}

export interface Finding {
  /** Stable while the text does not change: kind, place and offset. */
  id: string
  kind: CheckKind
  severity: CheckSeverity
  /** A node id, PREAMBLE, PLAN_TITLE or PLAN_UNIT. */
  nodeId: string
  field: CheckField
  /** Offsets in the field's plain text (the whole field for item-level findings). */
  from: number
  to: number
  /** What is wrong, in Chinese. */
  message: string
  /** Where, as the user finds it: `二、（一）维护职工权益`, or 开头段落. */
  where: string
  /** A few characters around the place. */
  context: string
  /** Where from..to is inside `context` (empty for item-level findings). */
  mark: [number, number]
  fix?: CheckFix
  /** Other choices beside `fix` (a year: 作为对比年份 beside 保留为历史年份). */
  moreFixes?: CheckFix[]
}

/** One field of the plan as the checks read it. */
export interface CheckedField {
  nodeId: string
  field: CheckField
  text: string
  where: string
}

export const KIND_LABELS: Record<CheckKind, string> = {
  slot: '待填写内容',
  year: '可能遗留的年份',
  emptyItem: '空条目',
  singleChild: '只有一个下级条目',
  halfWidth: '中文里的半角标点',
  mixedPeriod: '句号混用（。/.）',
  typedNumber: '标题里手写的序号',
  titlePeriod: '标题以句号结尾',
  duplicateTitle: '重复的标题',
}

/** The order of the groups in the panel. */
export const KIND_ORDER: CheckKind[] = [
  'slot',
  'emptyItem',
  'year',
  'typedNumber',
  'halfWidth',
  'mixedPeriod',
  'titlePeriod',
  'duplicateTitle',
  'singleChild',
]
