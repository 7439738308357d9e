import {
  closingBlocks,
  recipientBlocks,
  type ClosingBlock,
} from '../../domain/export/closingBlocks'
import type { Plan } from '../../domain/outline/types'
import { openPlanInfo } from './planInfoStore'
import './docClosing.css'

const WHOLE_PLAN = { scope: 'plan' } as const

/**
 * One line. data-plan-field: where the find bar paints a match in a plan field (主送, a typed
 * 落款, the 成文日期, an attachment's name: one element each, in order).
 */
function ClosingLine({ block, plan, name }: { block: ClosingBlock; plan: Plan; name?: string }) {
  const field =
    block.kind === 'recipient'
      ? 'recipient'
      : block.kind === 'signature' && plan.signature
        ? 'signature'
        : block.kind === 'issuedDate'
          ? 'issuedOn'
          : undefined
  const style =
    block.kind === 'attachment'
      ? {
          paddingLeft: `${block.leftChars}em`,
          textIndent: `${block.startChars - block.leftChars}em`,
        }
      : block.kind === 'signature' || block.kind === 'issuedDate'
        ? { paddingRight: `${block.rightChars}em` }
        : undefined
  if (block.kind === 'attachment') {
    // The name ends the line, after `附件：` and its number.
    const cut = name !== undefined && block.text.endsWith(name) ? name.length : 0
    return (
      <p className="doc-closing-line doc-attachment" style={style}>
        {block.text.slice(0, block.text.length - cut)}
        <span data-plan-field="attachments">{block.text.slice(block.text.length - cut)}</span>
      </p>
    )
  }
  return (
    <p className={`doc-closing-line doc-${block.kind}`} style={style} data-plan-field={field}>
      {block.text}
    </p>
  )
}

/** Click or Enter on a closing line: the plan's form, where these lines are set. */
const openForm = () => openPlanInfo()

/** 主送, below the title: set in the plan's form (修改). */
export function DocRecipient({ plan }: { plan: Plan }) {
  const blocks = recipientBlocks(plan, WHOLE_PLAN)
  if (blocks.length === 0) return null
  return (
    <div
      className="doc-closing"
      role="button"
      tabIndex={0}
      aria-label={`主送：${blocks[0].text}（修改）`}
      title="点击修改主送"
      onClick={openForm}
      onKeyDown={(event) => event.key === 'Enter' && openForm()}
    >
      {blocks.map((block, index) => (
        <ClosingLine key={index} block={block} plan={plan} />
      ))}
    </div>
  )
}

/** 附件说明, 署名 and 成文日期, after the last item, placed as they print. */
export function DocClosing({ plan }: { plan: Plan }) {
  const blocks = closingBlocks(plan, WHOLE_PLAN)
  if (blocks.length === 0) return null
  return (
    <div
      className="doc-closing doc-closing-end"
      role="button"
      tabIndex={0}
      aria-label="附件说明、落款和成文日期（修改）"
      title="点击修改附件、落款和成文日期"
      onClick={openForm}
      onKeyDown={(event) => event.key === 'Enter' && openForm()}
    >
      {blocks.map((block, index) => (
        <ClosingLine
          key={index}
          block={block}
          plan={plan}
          // The attachment lines come first, one per name, in order.
          name={plan.attachments?.[index]}
        />
      ))}
    </div>
  )
}
