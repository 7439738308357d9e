/** DOM ids shared by the outline, the document and the live editor: one spelling for each. */

/** The outline row of a node (focusable). */
export const treeRowId = (nodeId: string): string => `tree-row-${nodeId}`

/** The document section of a node. */
export const docNodeId = (nodeId: string): string => `doc-node-${nodeId}`
