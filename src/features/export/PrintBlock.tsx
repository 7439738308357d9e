import type { ReactNode } from 'react'
import type { ExportBlock, InlineRun } from '../../domain/export/exportModel'
import { PrintClosingLine } from './PrintClosingLine'

function Runs({ runs }: { runs: readonly InlineRun[] }) {
  return runs.map((run, index) => {
    let content: ReactNode = run.text
    if (run.underline) content = <u>{content}</u>
    if (run.italic) content = <em>{content}</em>
    if (run.bold) content = <strong>{content}</strong>
    return <span key={index}>{content}</span>
  })
}

/** One printed paragraph, styled by print-preview.css as GB/T 9704 asks. */
export function PrintBlock({ block }: { block: ExportBlock }) {
  switch (block.kind) {
    case 'title':
      return (
        <p className="pp-block pp-title" role="heading" aria-level={1}>
          {block.text}
        </p>
      )
    case 'subtitle':
      return <p className="pp-block pp-subtitle">{block.text}</p>
    case 'unit':
    case 'date':
      return <p className="pp-block pp-centred">{block.text}</p>
    case 'preamble':
    case 'body':
      return (
        <p className="pp-block pp-body">
          <Runs runs={block.runs} />
        </p>
      )
    case 'heading':
      return (
        <p
          className={`pp-block pp-heading pp-level-${Math.min(block.level, 5)}`}
          role="heading"
          aria-level={block.level + 1}
        >
          {block.number}
          {block.title}
        </p>
      )
    case 'recipient':
    case 'attachment':
    case 'signature':
    case 'issuedDate':
      return <PrintClosingLine block={block} />
    case 'runIn':
      return (
        <p className="pp-block pp-body pp-run-in">
          <span className={`pp-heading-run pp-level-${Math.min(block.level, 5)}`}>
            {block.number}
            {block.title}
          </span>
          <Runs runs={block.runs} />
        </p>
      )
  }
}
