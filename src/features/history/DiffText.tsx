import type { DiffPart } from '../../domain/history/textDiff'

/** Text with what the old version had struck through and what is new underlined. */
export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <span className="diff-text">
      {parts.map((part, index) =>
        part.type === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.type === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <ins key={index}>{part.text}</ins>
        ),
      )}
    </span>
  )
}

/** The old text and the new text of a changed field, each with its own marks. */
export function DiffSides({
  parts,
  labels = ['原文', '现在'],
}: {
  parts: DiffPart[]
  labels?: readonly [string, string]
}) {
  const oldParts = parts.filter((part) => part.type !== 'added')
  const newParts = parts.filter((part) => part.type !== 'removed')
  return (
    <dl className="diff-sides">
      <dt>{labels[0]}</dt>
      <dd data-side="old">
        <DiffText parts={oldParts} />
      </dd>
      <dt>{labels[1]}</dt>
      <dd data-side="new">
        <DiffText parts={newParts} />
      </dd>
    </dl>
  )
}
