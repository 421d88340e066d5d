// The head of a service link's arrow in SVG: on the model page's network and on a dragged link.

/** An SVG marker that draws an arrow's head in `fill`; use it as `markerEnd="url(#id)"`. */
export function ArrowHeadMarker({ id, fill }: { id: string; fill: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  )
}
