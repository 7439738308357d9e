/** The space of items a virtual list leaves out; never a scroll anchor, hidden from readers. */
export function VirtualGap({ size }: { size: number }) {
  return <div role="none" aria-hidden="true" style={{ height: size, overflowAnchor: 'none' }} />
}
