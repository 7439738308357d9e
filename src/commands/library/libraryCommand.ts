import { trackSave } from '../../store/saveStore'

/** An action on the plan library (whole plans): named, labelled, one write. */
export interface LibraryCommand<Args, Result> {
  name: string
  label: string
  perform: (args: Args) => Promise<Result>
}

/** Run a library command with the save status; errors reach the caller (dialogs show them). */
export function runLibraryCommand<Args, Result>(
  command: LibraryCommand<Args, Result>,
  args: Args,
): Promise<Result> {
  return trackSave(() => command.perform(args))
}
