import { create } from 'zustand'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
  /** A button on the toast (撤销 after a delete); running it closes the toast. */
  action?: ToastAction
}

export interface ToastAction {
  label: string
  run: () => void
}

/** Short messages for the user (refused operations, errors), read out by a live region. */
interface ToastState {
  toasts: Toast[]
  show: (message: string, tone?: Toast['tone'], action?: ToastAction) => void
  dismiss: (id: number) => void
}

let nextToastId = 1

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (message, tone = 'info', action) => {
    // The same message already showing is not shown twice (two paths noticing one event).
    if (!action && get().toasts.some((toast) => toast.message === message && !toast.action)) return
    const id = nextToastId++
    set((state) => ({ toasts: [...state.toasts.slice(-3), { id, message, tone, action }] }))
    // A toast with a button stays long enough to reach it.
    setTimeout(() => get().dismiss(id), tone === 'error' || action ? 8000 : 4000)
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}))

export const showToast = (message: string, tone?: Toast['tone'], action?: ToastAction) =>
  useToastStore.getState().show(message, tone, action)
