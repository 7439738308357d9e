import {
  formatIssuedDate,
  parseIssuedDate,
  type PlanClosingFields,
} from '../../domain/outline/planClosing'

/** The closing fields as the form holds them: text as typed. */
export interface ClosingDraft {
  recipient: string
  /** One attachment name a line. */
  attachments: string
  signature: string
  issuedOn: string
}

export function closingDraftOf(fields: PlanClosingFields): ClosingDraft {
  return {
    recipient: fields.recipient ?? '',
    attachments: (fields.attachments ?? []).join('\n'),
    signature: fields.signature ?? '',
    issuedOn: fields.issuedOn ? formatIssuedDate(fields.issuedOn) : '',
  }
}

/** The fields typed, or why they cannot be kept (a date that is not one). */
export function parseClosingDraft(draft: ClosingDraft): PlanClosingFields | { error: string } {
  const date = draft.issuedOn.trim()
  const issuedOn = date === '' ? undefined : parseIssuedDate(date)
  if (issuedOn === null) return { error: '成文日期应写作如 2026年1月5日' }
  return {
    recipient: draft.recipient,
    attachments: draft.attachments.split('\n'),
    signature: draft.signature,
    ...(issuedOn && { issuedOn }),
  }
}

/** 主送, 附件, 落款 and 成文日期 in the plan's form (修改 on the plan screen). */
export function ClosingFieldInputs({
  draft,
  unit,
  onChange,
}: {
  draft: ClosingDraft
  /** The plan's unit as typed in the form: what an empty 落款 signs with. */
  unit: string
  onChange: (draft: ClosingDraft) => void
}) {
  return (
    <fieldset className="plan-form-closing">
      <legend>主送与落款（公文格式，可不填）</legend>
      <label>
        主送
        <input
          value={draft.recipient}
          placeholder="如：各村（社区）工会"
          onChange={(event) => onChange({ ...draft, recipient: event.target.value })}
        />
      </label>
      <label>
        附件（每行一个名称）
        <textarea
          rows={2}
          value={draft.attachments}
          placeholder="如：2026年重点工作任务分解表"
          onChange={(event) => onChange({ ...draft, attachments: event.target.value })}
        />
      </label>
      <label>
        落款
        <input
          value={draft.signature}
          placeholder={unit.trim() ? `空白时落款为“${unit.trim()}”` : '如：某某镇总工会'}
          onChange={(event) => onChange({ ...draft, signature: event.target.value })}
        />
      </label>
      <label>
        成文日期
        <input
          value={draft.issuedOn}
          placeholder="如：2026年1月5日"
          onChange={(event) => onChange({ ...draft, issuedOn: event.target.value })}
        />
      </label>
    </fieldset>
  )
}
