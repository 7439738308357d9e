// The bench's baseline: one bare Tiptap editor (StarterKit), nothing else on the page. The bench
// puts the same body in it as in the node it types into in the app, then types the same keys.
import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'

const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit],
  content: '<p></p>',
})

window.__baseline = {
  setContent(doc) {
    editor.commands.setContent(doc)
    editor.commands.focus('end')
  },
  text: () => editor.getText(),
}
