import { TEXT_ENCODINGS, type TextEncodingName } from '../../domain/import/decodeText'
import type { ImportSource } from './importSource'

interface PreviewSourceBarProps {
  source: ImportSource
  onEncoding: (encoding: TextEncodingName) => void
  /** The encoding just chosen, while the file is decoded in it again. */
  decoding: TextEncodingName | null
  simplify: boolean
  traditional: boolean
  /** The text is still being read (converted, parsed): its lines are not there yet. */
  converting: boolean
  onSimplify: (on: boolean) => void
  onBack: () => void
}

/** Above the preview: where the text came from, its encoding (a .txt file) and 繁→简. */
export function PreviewSourceBar({
  source,
  onEncoding,
  decoding,
  simplify,
  traditional,
  converting,
  onSimplify,
  onBack,
}: PreviewSourceBarProps) {
  return (
    <div className="import-source-bar">
      <span className="import-source-name">
        {source.kind === 'paste' ? '粘贴的文字' : `文件：${source.fileName}`}
      </span>
      {source.kind === 'txt' && (
        <label>
          文字编码
          <select
            value={decoding ?? source.encoding}
            disabled={decoding !== null}
            onChange={(event) => onEncoding(event.target.value as TextEncodingName)}
          >
            {TEXT_ENCODINGS.map((encoding) => (
              <option key={encoding.name} value={encoding.name}>
                {encoding.label}
              </option>
            ))}
          </select>
          {decoding && (
            <span className="import-muted" role="status">
              正在按所选编码读取…
            </span>
          )}
          {decoding === null && !source.confident && (
            <span className="import-warning">（自动识别可能有误：若出现乱码，请换一种编码）</span>
          )}
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={simplify}
          onChange={(event) => onSimplify(event.target.checked)}
        />
        繁体转简体
        {traditional && <span className="import-muted">（原文为繁体）</span>}
        {converting && (
          <span className="import-muted" role="status">
            正在分析…
          </span>
        )}
      </label>
      <button type="button" className="import-back" onClick={onBack}>
        重新选择来源
      </button>
    </div>
  )
}
