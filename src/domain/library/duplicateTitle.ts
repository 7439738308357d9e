/** The title 复制 gives a copy of a plan titled `title`. */
export const duplicateTitle = (title: string) => `${title}（副本）`
