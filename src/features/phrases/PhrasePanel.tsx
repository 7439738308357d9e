import { useMemo, useState } from 'react'
import { favouritePhrases, recentPhrases } from '../../domain/phrases/phraseLists'
import type { Phrase, PhraseCategory } from '../../domain/phrases/types'
import { usePhraseCategories, usePhrases } from '../../data/phraseQueries'
import { usePhraseStore, type PhraseView } from '../../store/phraseStore'
import { insertIntoLiveEditor } from './insertIntoLiveEditor'
import { PhraseActions } from './PhraseActions'
import { PhraseLibraryTools } from './PhraseLibraryTools'
import { PhraseList } from './PhraseList'
import type { PanelMessage } from './panelMessage'
import { usePhraseSearch } from './usePhraseSearch'
import './phrasePanel.css'

const NO_PHRASES: Phrase[] = []
const NO_CATEGORIES: PhraseCategory[] = []

/** The phrase library (常用语库) panel body: search, categories, the list and its management. */
export function PhrasePanel() {
  const phrases = usePhrases()
  const categories = usePhraseCategories()
  const { view, query, showHidden, activeId, setView, setQuery, setActiveId } = usePhraseStore()
  const [message, setMessage] = useState<PanelMessage | null>(null)

  const all = phrases ?? NO_PHRASES
  const searching = query.trim() !== ''
  const visible = useMemo(
    () => (showHidden ? all : all.filter((phrase) => !phrase.hidden)),
    [all, showHidden],
  )
  const base = useMemo(
    () => (searching ? visible : phrasesOfView(visible, view)),
    [searching, visible, view],
  )
  const results = usePhraseSearch(base, searching ? query : '')
  const categoryNames = useMemo(
    () => new Map((categories ?? NO_CATEGORIES).map((category) => [category.id, category.name])),
    [categories],
  )

  if (!phrases || !categories) return <p className="muted">正在载入常用语…</p>
  const active = phrases.find((phrase) => phrase.id === activeId) ?? null
  const insert = (phrase: Phrase) => {
    if (insertIntoLiveEditor(phrase)) setMessage(null)
  }

  return (
    <div className="phrase-panel">
      <h2 className="phrase-panel-title">常用语库</h2>
      <input
        type="search"
        className="phrase-search"
        aria-label="搜索常用语"
        placeholder="搜索：文字、拼音或首字母（如 whzg）"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && query !== '') {
            event.preventDefault()
            setQuery('')
          }
          if (event.key === 'ArrowDown') {
            event.preventDefault()
            document.querySelector<HTMLElement>('.phrase-list')?.focus()
          }
        }}
      />
      <ViewPicker view={view} categories={categories} searching={searching} onChange={setView} />
      <p className="phrase-hint muted">
        拖到文档或大纲中插入；双击或按回车插入到正在编辑的光标处。
      </p>
      <PhraseList
        results={results}
        activeId={activeId}
        categoryNames={searching || view.kind !== 'category' ? categoryNames : null}
        emptyMessage={emptyMessage(view, searching)}
        onActiveChange={setActiveId}
        onInsert={insert}
      />
      <PhraseActions
        phrase={active}
        categories={categories}
        onInsert={insert}
        onMessage={setMessage}
      />
      <PhraseLibraryTools view={view} categories={categories} onMessage={setMessage} />
      {message && (
        <p
          className={`phrase-message ${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
          <button type="button" className="link" onClick={() => setMessage(null)}>
            关闭
          </button>
        </p>
      )}
    </div>
  )
}

function phrasesOfView(phrases: Phrase[], view: PhraseView): Phrase[] {
  switch (view.kind) {
    case 'favorites':
      return favouritePhrases(phrases)
    case 'recent':
      return recentPhrases(phrases)
    case 'all':
      return phrases
    case 'category':
      return phrases.filter((phrase) => phrase.categoryId === view.id)
  }
}

function emptyMessage(view: PhraseView, searching: boolean): string {
  if (searching) return '没有找到匹配的常用语。可以试试拼音或首字母。'
  if (view.kind === 'favorites') return '还没有收藏的常用语：选中一条后点“收藏”。'
  if (view.kind === 'recent') return '还没有使用过常用语。'
  return '这个分类里还没有常用语。'
}

const sameView = (a: PhraseView, b: PhraseView) =>
  a.kind === b.kind && (a.kind !== 'category' || (b.kind === 'category' && a.id === b.id))

function ViewPicker(props: {
  view: PhraseView
  categories: readonly PhraseCategory[]
  searching: boolean
  onChange: (view: PhraseView) => void
}) {
  const views: { label: string; view: PhraseView }[] = [
    { label: '★ 收藏', view: { kind: 'favorites' } },
    { label: '最近使用', view: { kind: 'recent' } },
    { label: '全部', view: { kind: 'all' } },
    ...props.categories.map((category) => ({
      label: category.name,
      view: { kind: 'category', id: category.id } as PhraseView,
    })),
  ]
  return (
    <div className="phrase-views" role="group" aria-label="常用语分类">
      {views.map((item) => (
        <button
          key={item.view.kind === 'category' ? item.view.id : item.view.kind}
          type="button"
          className="phrase-view"
          aria-pressed={!props.searching && sameView(item.view, props.view)}
          onClick={() => props.onChange(item.view)}
        >
          {item.label}
        </button>
      ))}
    </div>
  )
}
