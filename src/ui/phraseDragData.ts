/** Drag data for a phrase: ids, not copies, under our own MIME type, plus text/plain. */
export const PHRASE_MIME = 'application/x-plandraft-phrase+json'

export interface PhraseDragData {
  phraseId: string
  text: string
}

export function setPhraseDrag(dataTransfer: DataTransfer, data: PhraseDragData): void {
  dataTransfer.setData(PHRASE_MIME, JSON.stringify(data))
  dataTransfer.setData('text/plain', data.text)
  dataTransfer.effectAllowed = 'copy'
}

/** Usable during dragover, when the data itself cannot be read yet. */
export function isPhraseDrag(dataTransfer: DataTransfer | null): boolean {
  return !!dataTransfer && Array.from(dataTransfer.types).includes(PHRASE_MIME)
}

export function readPhraseDrag(dataTransfer: DataTransfer | null): PhraseDragData | null {
  const raw = dataTransfer?.getData(PHRASE_MIME)
  if (!raw) return null
  try {
    const parsed: unknown = JSON.parse(raw)
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as PhraseDragData).phraseId === 'string' &&
      typeof (parsed as PhraseDragData).text === 'string'
    )
      return parsed as PhraseDragData
  } catch {
    // Not ours after all.
  }
  return null
}
