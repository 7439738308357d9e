import { deleteSnapshot } from '../../db/snapshotRepo'
import type { LibraryCommand } from '../library/libraryCommand'

export const deleteVersionCommand: LibraryCommand<{ snapshotId: string }, void> = {
  name: 'deleteVersion',
  label: '删除版本',
  perform: ({ snapshotId }) => deleteSnapshot(snapshotId),
}
