import { create } from 'zustand'

export interface Toast {
  id: number
  message: string
  tone: 'info' | 'error'
}

/** Short messages for the user (refused operations, errors), read out by a live region. */
interface ToastState {
  toasts: Toast[]
  show: (message: string, tone?: Toast['tone']) => void
  dismiss: (id: number) => void
}

let nextToastId = 1

export const useToastStore = create<ToastState>((set, get) => ({
  toasts: [],
  show: (message, tone = 'info') => {
    const id = nextToastId++
    set((state) => ({ toasts: [...state.toasts.slice(-3), { id, message, tone }] }))
    setTimeout(() => get().dismiss(id), tone === 'error' ? 8000 : 4000)
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
}))

export const showToast = (message: string, tone?: Toast['tone']) =>
  useToastStore.getState().show(message, tone)
