import { useId, useState } from 'react'
import { fillSlots } from './fillSlots'

/**
 * The field under a named slot's group: what to write in place of `{{单位}}` everywhere.
 * Pre-filled from the plan (its unit, its year) when it has them.
 */
export function NamedSlotForm(props: {
  planId: string
  name: string
  label: string
  places: number
  suggested: string
  onFilled: () => void
}) {
  const { planId, name, label, places, suggested, onFilled } = props
  const [value, setValue] = useState(suggested)
  const [error, setError] = useState('')
  const errorId = useId()
  return (
    <form
      className="slot-fill"
      onSubmit={(event) => {
        event.preventDefault()
        if (!value.trim()) {
          setError(`请输入要填入 ${label} 的内容`)
          return
        }
        setError('')
        void fillSlots(planId, { [name]: value }, places).then((done) => done && onFilled())
      }}
    >
      <input
        type="text"
        value={value}
        aria-label={`${label} 填为`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={
          name === '单位' ? '如：某某镇总工会' : name === '年度' ? '如：2026' : '填写内容'
        }
        onChange={(event) => {
          setValue(event.target.value)
          if (error) setError('')
        }}
      />
      <button type="submit">全部填入</button>
      {suggested && value === suggested && <span className="slot-fill-hint">取自计划信息</span>}
      {error && (
        <span id={errorId} className="slot-fill-error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
