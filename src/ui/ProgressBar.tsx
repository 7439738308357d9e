import './progressBar.css'

/** A labelled progress bar (role=progressbar, 0–100 in aria-valuenow) with its percentage shown. */
export function ProgressBar({ label, share }: { label: string; share: number }) {
  const percent = Math.max(0, Math.min(100, Math.floor(share * 100)))
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${label} ${percent}%`}
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="progress-text" aria-hidden="true">
        {label} {percent}%
      </span>
    </div>
  )
}
