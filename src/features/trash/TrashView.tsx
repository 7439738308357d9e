import { useState } from 'react'
import { runLibraryCommand } from '../../commands/library/libraryCommand'
import {
  purgeTrashedPlanCommand,
  restoreTrashedPlanCommand,
} from '../../commands/library/trashCommands'
import { useTrashedPlans } from '../../data/planQueries'
import type { Plan } from '../../domain/outline/types'
import { TRASH_DAYS, trashDaysLeft } from '../../domain/trash/trashPolicy'
import { errorMessage } from '../../store/saveStore'
import { showToast } from '../../store/toastStore'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { formatEditedTime } from '../library/formatTime'
import './trash.css'

/** 回收站: deleted plans, kept 30 days; restore or delete for ever. */
export function TrashView() {
  const plans = useTrashedPlans()
  const [purging, setPurging] = useState<Plan | null>(null)
  const now = Date.now()

  const restore = async (plan: Plan) => {
    try {
      await runLibraryCommand(restoreTrashedPlanCommand, { planId: plan.id })
      showToast(`已恢复“${plan.title}”`)
    } catch (error) {
      showToast(`恢复未完成：${errorMessage(error)}`, 'error')
    }
  }

  const purge = async (plan: Plan) => {
    try {
      await runLibraryCommand(purgeTrashedPlanCommand, { planId: plan.id })
      showToast(`已彻底删除“${plan.title}”`)
    } catch (error) {
      showToast(`彻底删除未完成：${errorMessage(error)}`, 'error')
    }
  }

  return (
    <main className="library trash" aria-labelledby="trash-title">
      <header className="library-header">
        <h1 id="trash-title">回收站</h1>
        <a href="#/" className="back-link">
          ← 计划库
        </a>
      </header>
      <p className="trash-note">删除的计划在这里保留 {TRASH_DAYS} 天，之后自动彻底删除。</p>
      {plans === undefined ? (
        <p className="muted">正在读取…</p>
      ) : plans.length === 0 ? (
        <p className="empty-library">回收站是空的。</p>
      ) : (
        <table className="plan-table">
          <caption className="visually-hidden">回收站中的计划</caption>
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">年度</th>
              <th scope="col">单位</th>
              <th scope="col">删除时间</th>
              <th scope="col">剩余天数</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((plan) => {
              const deletedAt = plan.deletedAt ?? now
              return (
                <tr key={plan.id}>
                  <td>{plan.title}</td>
                  <td>{plan.year}</td>
                  <td>{plan.unit}</td>
                  <td>{formatEditedTime(deletedAt, now)}</td>
                  <td>{trashDaysLeft(deletedAt, now)} 天</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      aria-label={`恢复 ${plan.title}`}
                      onClick={() => void restore(plan)}
                    >
                      恢复
                    </button>
                    <button
                      type="button"
                      className="danger-text"
                      aria-label={`彻底删除 ${plan.title}`}
                      onClick={() => setPurging(plan)}
                    >
                      彻底删除
                    </button>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={purging !== null}
        title="彻底删除计划"
        message={`确定彻底删除“${purging?.title ?? ''}”吗？其全部内容和历史版本都将删除，此操作不能撤销。`}
        confirmLabel="彻底删除"
        danger
        onCancel={() => setPurging(null)}
        onConfirm={() => {
          const plan = purging
          setPurging(null)
          if (plan) void purge(plan)
        }}
      />
    </main>
  )
}
