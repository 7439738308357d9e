import type { TitleClash } from '../../domain/library/titleClashes'
import { Dialog } from '../../ui/Dialog'

const where = (clash: Pick<TitleClash, 'inThisImport'>) =>
  clash.inThisImport ? '本次导入的计划中已有' : '计划库中已有'

/**
 * 已有同名计划: 改名 every clashing title to its numbered one, 仍然创建 under the same titles, or
 * 取消 (Escape). One question however many plans clash (an import may bring several).
 */
export function SameTitleDialog(props: {
  clashes: readonly Pick<TitleClash, 'title' | 'renamed' | 'inThisImport'>[]
  onRename: () => void
  onKeep: () => void
  onCancel: () => void
}) {
  const { clashes } = props
  return (
    <Dialog title="已有同名计划" open onClose={props.onCancel}>
      {clashes.length === 1 ? (
        <p className="dialog-message">
          {where(clashes[0])}“{clashes[0].title}”。改名为“{clashes[0].renamed}”？
        </p>
      ) : (
        <>
          <p className="dialog-message">{clashes.length} 个计划的标题已有同名计划：</p>
          <ul className="dialog-message">
            {clashes.map((clash, index) => (
              <li key={index}>
                {where(clash)}“{clash.title}”，改名为“{clash.renamed}”
              </li>
            ))}
          </ul>
          <p className="dialog-message">全部改名？</p>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          取消
        </button>
        <button type="button" onClick={props.onKeep}>
          仍然创建
        </button>
        <button type="button" className="primary" autoFocus onClick={props.onRename}>
          改名
        </button>
      </div>
    </Dialog>
  )
}
