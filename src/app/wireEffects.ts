import { setCommandEffects } from '../commands/commandEffects'
import { onDatabaseReplaced } from '../db/db'
import { scheduleDocumentCompaction } from '../db/documentCompaction'
import { startMemoryMirror } from '../db/databaseHealth'
import { flushOpenDocuments, onDocumentReplaced } from '../db/planDocuments'
import { onReplaceAnnounced } from '../db/replaceChannel'
import { documentReplaced } from '../store/documentGenerationStore'
import { watchStorageHealth } from '../store/storageHealthStore'
import { checkStoreOnStart } from '../store/checkStoreOnStart'
import { flushPendingEdits } from '../store/pendingEdits'
import { useSessionStore } from '../store/sessionStore'
import { deliverKeysAway } from '../features/outline/deliverKeysAway'
import { focusTreeRow } from '../ui/focusTreeRow'
import { setKeysAwayHandler } from '../ui/keyCatcher'
import { userPresses, watchUserPresses } from '../ui/userPresses'

/** Give the lower layers what they do to the page (they know no DOM or UI of their own). */
export function wireEffects(): void {
  watchUserPresses()
  setCommandEffects({ focusRow: focusTreeRow, userPresses })
  // Keys typed for a title still opening when the user clicked elsewhere are written to it.
  setKeysAwayHandler(deliverKeysAway)
  // Another tab upgraded the database: write what is typed here, then stop and ask to reload.
  onDatabaseReplaced(async () => {
    useSessionStore.setState({ databaseReplaced: true })
    await flushPendingEdits()
    await flushOpenDocuments()
  })
  // Another window replaces every plan (替换): keys typed here meanwhile would go into the
  // documents let go of, so the screen is covered (ReplacingElsewhere) until it is done.
  onReplaceAnnounced((message) =>
    useSessionStore.setState({ replacingElsewhere: message === 'replacing' }),
  )
  // A plan's document was opened anew after the database was rebuilt: the live editor binds
  // itself to the new one (which holds everything typed in the old one).
  onDocumentReplaced(() => documentReplaced())
  // The plans' document updates are compacted in a worker, not on the page (see there).
  scheduleDocumentCompaction()
  // A full disk never costs data: every row is kept in memory too, and storage is watched.
  watchStorageHealth()
  setTimeout(() => void startMemoryMirror().catch(() => undefined), 0)
  // Did the browser delete the database since the last start? Then the banner offers 恢复.
  void checkStoreOnStart().catch(() => undefined)
}
