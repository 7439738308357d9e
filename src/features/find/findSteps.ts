// The open find bar's next / previous, for F3 pressed anywhere in the editor.
let stepper: ((delta: 1 | -1) => void) | null = null

export function registerFindStepper(step: (delta: 1 | -1) => void): () => void {
  stepper = step
  return () => {
    if (stepper === step) stepper = null
  }
}

export function stepFind(delta: 1 | -1): void {
  stepper?.(delta)
}
