import { chineseErrorMessage } from '../../domain/errors/chineseErrorMessage'
import { lazy, Suspense, useState } from 'react'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { FilePickerButton } from '../../ui/FilePickerButton'
import { navigate } from '../../ui/useHashRoute'
import type { Plan } from '../../domain/outline/types'
import { usePlans } from '../../data/planQueries'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import {
  createPlanCommand,
  deletePlanCommand,
  duplicatePlanCommand,
  importPlanCommand,
  renamePlanCommand,
} from '../../commands/library/planCommands'
import { showToast } from '../../store/toastStore'
import { restoreTrashedPlanCommand } from '../../commands/library/trashCommands'
import { PlanFormDialog } from './PlanFormDialog'
import { SameTitleDialog } from './SameTitleDialog'
import { titleClashes, type TitleClash } from '../../domain/library/titleClashes'
import type { PlanFields } from '../../db/planRepo'
import { duplicateTitle } from '../../domain/library/duplicateTitle'
import { formatEditedTime } from './formatTime'
import { BackupButtons } from '../backup/BackupButtons'
import { BackupReminder } from '../backup/BackupReminder'
import { TemplatesButton } from '../templates/TemplatesButton'
import { TeamButton } from '../team/TeamButton'
import { RolloverButton } from '../rollover/RolloverButton'

// The importer (parser and preview) loads when the user opens it, not with the library.
const ImportDialog = lazy(() =>
  import('../import/ImportDialog').then((module) => ({ default: module.ImportDialog })),
)

type Editing = { kind: 'create'; initial?: PlanFields } | { kind: 'rename'; plan: Plan } | null

/** The home view: every plan, newest edit first. */
export function PlanLibrary() {
  const plans = usePlans()
  const [editing, setEditing] = useState<Editing>(null)
  const [deleting, setDeleting] = useState<Plan | null>(null)
  const [importing, setImporting] = useState(false)
  /** A new or imported plan whose title the library has already: 改名 / 仍然创建 / 取消. */
  const [sameTitle, setSameTitle] = useState<{
    clash: TitleClash
    answer: (answer: 'rename' | 'keep' | 'cancel') => void
  } | null>(null)
  const takenTitles = (plans ?? []).map((plan) => plan.title)
  const ask = (clash: TitleClash, then: (title: string | null) => void) =>
    setSameTitle({
      clash,
      answer: (answer) => {
        setSameTitle(null)
        then(answer === 'rename' ? clash.renamed : answer === 'keep' ? clash.title : null)
      },
    })
  /** The title to use: the same one when it is free, else as answered (`null`: 取消). */
  const chooseTitle = (title: string) =>
    new Promise<string | null>((resolve) => {
      const [clash] = titleClashes([title], takenTitles)
      if (clash) ask(clash, resolve)
      else resolve(title)
    })
  /** 复制, under the title chosen when the copy's title is taken already. */
  const duplicate = async (plan: Plan) => {
    const title = await chooseTitle(duplicateTitle(plan.title))
    if (title === null) return
    await runLibraryCommand(duplicatePlanCommand, { planId: plan.id, title })
    showToast(`已复制“${plan.title}”为“${title}”`)
  }
  const create = async (fields: PlanFields) => {
    const id = await runLibraryCommand(createPlanCommand, fields)
    navigate({ name: 'editor', planId: id })
  }
  /** A full backup given to 导入计划（JSON）: offered to 恢复, then handed to it. */
  const [backupFile, setBackupFile] = useState<{ file: File; restore: boolean } | null>(null)
  const year = new Date().getFullYear() + 1

  const importFile = async (file: File | undefined) => {
    if (!file) return
    let result: Awaited<ReturnType<typeof importPlanCommand.perform>>
    try {
      result = await runLibraryCommand(importPlanCommand, { file, chooseTitle })
    } catch (failure) {
      // Whatever was thrown (a browser error in English, an object) is said in Chinese.
      result = { error: chineseErrorMessage(failure, '导入') }
    }
    if ('error' in result && 'backup' in result && result.backup)
      setBackupFile({ file, restore: false })
    else if ('error' in result) showToast(`导入失败：${result.error}`, 'error')
    else if ('planId' in result) {
      showToast(`已导入“${file.name}”`)
      navigate({ name: 'editor', planId: result.planId })
    }
  }

  return (
    <main className="library" aria-labelledby="library-title">
      <header className="library-header">
        <h1 id="library-title">计划库</h1>
        <div className="library-actions">
          <a href="#/trash" className="trash-link">
            回收站
          </a>
          <BackupButtons
            restoreFile={backupFile?.restore ? backupFile.file : null}
            onRestoreClosed={() => setBackupFile(null)}
          />
          <button type="button" onClick={() => setImporting(true)}>
            导入上一年计划（文本 / Word）
          </button>
          <FilePickerButton
            label="导入计划（JSON）"
            inputLabel="选择要导入的计划文件"
            accept=".json,application/json"
            onFile={(file) => void importFile(file)}
          />
          <TemplatesButton />
          <TeamButton />
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'create' })}>
            新建计划
          </button>
        </div>
      </header>
      <BackupReminder />
      {plans === undefined ? (
        <p className="muted">正在读取…</p>
      ) : plans.length === 0 ? (
        <p className="empty-library">还没有计划。点击“新建计划”开始起草。</p>
      ) : (
        <table className="plan-table">
          <caption className="visually-hidden">我的计划</caption>
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">年度</th>
              <th scope="col">单位</th>
              <th scope="col">最后编辑</th>
              <th scope="col">字数</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => (
              <tr key={plan.id}>
                <td>
                  <a href={`#/plan/${plan.id}`} className="plan-link">
                    {plan.title}
                  </a>
                </td>
                <td>{plan.year}</td>
                <td>{plan.unit}</td>
                <td>{formatEditedTime(plan.updatedAt)}</td>
                <td>{plan.charCount.toLocaleString('zh-CN')}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    aria-label={`重命名 ${plan.title}`}
                    onClick={() => setEditing({ kind: 'rename', plan })}
                  >
                    重命名
                  </button>
                  <button
                    type="button"
                    aria-label={`复制 ${plan.title}`}
                    onClick={() => void duplicate(plan)}
                  >
                    复制
                  </button>
                  <RolloverButton plan={plan} named />
                  <button
                    type="button"
                    className="danger-text"
                    aria-label={`删除 ${plan.title}`}
                    onClick={() => setDeleting(plan)}
                  >
                    删除
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing?.kind === 'create' && (
        <PlanFormDialog
          title="新建计划"
          submitLabel="创建"
          initial={editing.initial ?? { title: '', unit: '', year }}
          onClose={() => setEditing(null)}
          onSubmit={async (fields) => {
            const [clash] = titleClashes([fields.title], takenTitles)
            if (!clash) return create(fields)
            // The form closes while the question is asked; 取消 opens it again as it was.
            ask(clash, (title) => {
              if (title === null) setEditing({ kind: 'create', initial: fields })
              else void create({ ...fields, title })
            })
          }}
        />
      )}
      {sameTitle && (
        <SameTitleDialog
          clashes={[sameTitle.clash]}
          onRename={() => sameTitle.answer('rename')}
          onKeep={() => sameTitle.answer('keep')}
          onCancel={() => sameTitle.answer('cancel')}
        />
      )}
      {editing?.kind === 'rename' && (
        <PlanFormDialog
          title="重命名计划"
          submitLabel="保存"
          initial={editing.plan}
          onClose={() => setEditing(null)}
          onSubmit={(fields) =>
            runLibraryCommand(renamePlanCommand, { planId: editing.plan.id, fields })
          }
        />
      )}
      {importing && (
        <Suspense fallback={null}>
          <ImportDialog onClose={() => setImporting(false)} />
        </Suspense>
      )}
      <ConfirmDialog
        open={backupFile !== null && !backupFile.restore}
        title="这是全部数据备份"
        message={`“${backupFile?.file.name ?? ''}”是“计划起草”的全部数据备份（所有计划、常用语、历史版本），不是单个计划文件。要打开“从备份恢复”，查看其中的内容后选择合并或替换吗？`}
        confirmLabel="恢复…"
        onCancel={() => setBackupFile(null)}
        onConfirm={() => setBackupFile((current) => current && { ...current, restore: true })}
      />
      <ConfirmDialog
        open={deleting !== null}
        title="删除计划"
        message={
          deleting
            ? `确定删除“${deleting.title}”（${deleting.year} 年度 · ${deleting.unit || '未填单位'} · 最后编辑 ${formatEditedTime(deleting.updatedAt)}）吗？它将移入回收站，30 天内可以恢复。`
            : ''
        }
        confirmLabel="删除"
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          const plan = deleting
          setDeleting(null)
          if (plan) {
            await runLibraryCommand(deletePlanCommand, { planId: plan.id })
            showToast(`已将“${plan.title}”移入回收站`, 'info', {
              label: '撤销',
              run: () => void runLibraryCommand(restoreTrashedPlanCommand, { planId: plan.id }),
            })
          }
        }}
      />
    </main>
  )
}
