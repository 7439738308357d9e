import type { Template } from '../../domain/templates/types'
import { SlotText } from '../../editor/slot/SlotText'
import { templateOutline } from '../../domain/templates/templateOutline'
import { templateSize } from './templateSize'

/** What a template holds: name, kind, description, size and its first two outline levels. */
export function TemplatePreview({ template }: { template: Template }) {
  const { rows, more } = templateOutline(template)
  return (
    <section className="template-preview" aria-labelledby="template-preview-title">
      <h3 id="template-preview-title">
        {template.name} <span className="template-kind">{template.kind}</span>
        {template.builtinKey !== undefined && <span className="template-builtin">内置</span>}
      </h3>
      {template.description && (
        <p className="template-description">
          <SlotText text={template.description} />
        </p>
      )}
      <p className="template-size">{templateSize(template)}</p>
      <h4 className="visually-hidden">大纲</h4>
      {rows.length === 0 ? (
        <p className="template-size">这个模板没有条目。</p>
      ) : (
        // Focusable: it scrolls, and keyboard users must be able to scroll it.
        <ol className="template-outline" aria-label={`“${template.name}”的大纲`} tabIndex={0}>
          {rows.map((row) => (
            <li key={row.id} className={`template-outline-level${row.level}`}>
              <SlotText text={row.title} />
            </li>
          ))}
        </ol>
      )}
      {more > 0 && <p className="template-size">……还有 {more} 个条目</p>}
    </section>
  )
}
