import {
  closingBlocks,
  recipientBlocks,
  type ClosingBlock,
} from '../../domain/export/closingBlocks'
import type { Plan } from '../../domain/outline/types'
import { openPlanInfo } from './planInfoStore'
import './docClosing.css'

const WHOLE_PLAN = { scope: 'plan' } as const

function ClosingLine({ block, plan }: { block: ClosingBlock; plan: Plan }) {
  // data-plan-field: where the find bar paints a match in 主送 or a typed 落款.
  const field =
    block.kind === 'recipient'
      ? 'recipient'
      : block.kind === 'signature' && plan.signature
        ? 'signature'
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
        <ClosingLine key={index} block={block} plan={plan} />
      ))}
    </div>
  )
}
