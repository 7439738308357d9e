// @vitest-environment jsdom
import { Editor } from '@tiptap/core'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../db/db'
import { ensureBuiltinPhrases } from '../../db/phraseRepo'
import { loadSearchTools } from '../../domain/phrases/searchTools'
import { bodyExtensions } from '../../editor/extensions'
import { setLiveEditor } from '../../editor/liveEditorRegistry'
import { usePhraseStore } from '../../store/phraseStore'
import { useToastStore } from '../../store/toastStore'
import { PhrasePanel } from './PhrasePanel'

// jsdom has no layout: the list scrolls its active option into view.
Element.prototype.scrollIntoView = () => undefined
// The native <dialog> is only partly implemented by jsdom.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true
}
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false
}

beforeAll(async () => {
  await loadSearchTools()
})

beforeEach(async () => {
  await db.delete()
  await db.open()
  await ensureBuiltinPhrases()
  usePhraseStore.setState({
    view: { kind: 'category', id: 'cat-theme' },
    query: '',
    showHidden: false,
    activeId: null,
  })
  useToastStore.setState({ toasts: [] })
})

afterEach(() => cleanup())

const options = () =>
  within(screen.getByRole('listbox', { name: '常用语列表' })).getAllByRole('option')

describe('PhrasePanel', () => {
  it('shows categories on top and the phrases of the chosen one', async () => {
    render(<PhrasePanel />)
    const group = await screen.findByRole('group', { name: '常用语分类' })
    for (const name of ['★ 收藏', '最近使用', '指导思想/总体思路', '人大履职与监督', '我的常用语'])
      expect(within(group).getByRole('button', { name })).toBeTruthy()
    await waitFor(() => expect(options()[0].textContent).toBe('以××为主题，以××为主线，以××为重点'))
    fireEvent.click(within(group).getByRole('button', { name: '保障措施' }))
    await waitFor(() => expect(options()[0].textContent).toBe('加强组织领导，强化督查考核'))
  })

  it('searches by pinyin initials across all categories', async () => {
    render(<PhrasePanel />)
    fireEvent.change(await screen.findByRole('searchbox', { name: '搜索常用语' }), {
      target: { value: 'qswhzghfqy' },
    })
    await waitFor(() => expect(options()[0].textContent).toContain('切实维护职工合法权益'))
  })

  it('moves with arrow keys and explains when no node is being edited', async () => {
    render(<PhrasePanel />)
    const list = await screen.findByRole('listbox', { name: '常用语列表' })
    fireEvent.focus(list)
    fireEvent.keyDown(list, { key: 'ArrowDown' })
    await waitFor(() => expect(options()[1].getAttribute('aria-selected')).toBe('true'))
    expect(list.getAttribute('aria-activedescendant')).toBe(options()[1].id)
    fireEvent.keyDown(list, { key: 'Enter' })
    expect(useToastStore.getState().toasts.at(-1)?.message).toMatch('没有正在编辑的正文')
  })

  it('inserts the active phrase at the live editor’s cursor on Enter and counts the use', async () => {
    const editor = new Editor({
      element: document.createElement('div'),
      extensions: bodyExtensions(),
      content: '<p>正文</p>',
    })
    editor.commands.setTextSelection(3) // The cursor after 正文.
    act(() => setLiveEditor('node-1', editor))
    render(<PhrasePanel />)
    const list = await screen.findByRole('listbox', { name: '常用语列表' })
    fireEvent.focus(list)
    fireEvent.keyDown(list, { key: 'Enter' })
    expect(editor.getText()).toBe('正文以××为主题，以××为主线，以××为重点')
    const { from, to } = editor.state.selection
    expect(editor.state.doc.textBetween(from, to)).toBe('××')
    await waitFor(async () =>
      expect((await db.phrases.where('builtinKey').equals('theme-01').first())?.useCount).toBe(1),
    )
    // Recently used now lists it.
    fireEvent.click(screen.getByRole('button', { name: '最近使用' }))
    await waitFor(() => expect(options()[0].textContent).toContain('以××为主题'))
    act(() => setLiveEditor('node-1', null))
    editor.destroy()
  })

  it('imports a broken file with a clear message and changes nothing', async () => {
    render(<PhrasePanel />)
    const before = await db.phrases.count()
    const input = await screen.findByTestId('phrase-import-input')
    const file = new File(['{"format":"something-else"}'], 'x.json', { type: 'application/json' })
    fireEvent.change(input, { target: { files: [file] } })
    expect((await screen.findByRole('alert')).textContent).toMatch(
      '这不是 PlanDraft 常用语库文件，无法导入。常用语库未作任何改动。',
    )
    expect(await db.phrases.count()).toBe(before)
  })

  it('adds a phrase to 我的常用语 and favourites it', async () => {
    render(<PhrasePanel />)
    fireEvent.click(await screen.findByRole('button', { name: '我的常用语' }))
    fireEvent.click(screen.getByRole('button', { name: '新建常用语' }))
    fireEvent.change(screen.getByRole('textbox', { name: '常用语' }), {
      target: { value: '推进乡村全面振兴' },
    })
    fireEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() =>
      expect(options().map((option) => option.textContent)).toEqual(['推进乡村全面振兴']),
    )
    fireEvent.click(screen.getByRole('button', { name: '收藏' }))
    fireEvent.click(screen.getByRole('button', { name: '★ 收藏' }))
    await waitFor(() => expect(options()[0].textContent).toContain('推进乡村全面振兴'))
  })
})
