/** A line shown at the top of the phrase panel after an action (added, imported, refused …). */
export interface PanelMessage {
  text: string
  tone: 'info' | 'error'
}
