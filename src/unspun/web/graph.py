"""Pictures of a story drawn on the server as SVG: the derivation graph and the timeline.

Pure functions over plain records; every label is escaped (titles come from the web). Colours are
presentation attributes, not ``style``, so the pages' Content-Security-Policy needs no inline styles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from markupsafe import Markup

# One colour per relation: the graph's arrows, the legend and the relation badges of every page.
RELATION_COLOURS = {
    "duplicate": "#374151",
    "near_duplicate": "#2563eb",
    "spun_copy": "#dc2626",
    "rewrite": "#d97706",
    "partial_reuse": "#7c3aed",
    "same_story": "#9ca3af",
}
NODE_W, NODE_H = 180, 46  # px
GAP_X, GAP_Y = 70, 22  # px between layers and between nodes of a layer
LABEL_CHARS = 26


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    title: str
    site: str | None
    href: str
    origin: bool = False


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # the text copied from (for undirected links: either side)
    copy: str
    relation: str
    directed: bool  # False: common source or unknown direction, drawn without an arrowhead


def layers(nodes: Sequence[Node], edges: Sequence[Edge]) -> list[list[Node]]:
    """Nodes by derivation depth: the origin and other sources first, each copy one layer after its source."""
    depth = {n.key: 0 for n in nodes}
    directed = [e for e in edges if e.directed and e.source in depth and e.copy in depth]
    for _ in range(len(nodes)):  # longest-path relaxation; a cycle stops deepening after len(nodes) rounds
        changed = False
        for e in directed:
            if depth[e.copy] < depth[e.source] + 1:
                depth[e.copy] = min(depth[e.source] + 1, len(nodes))
                changed = True
        if not changed:
            break
    for n in nodes:
        if n.origin:
            depth[n.key] = 0
    grouped: dict[int, list[Node]] = defaultdict(list)
    for n in nodes:
        grouped[depth[n.key]].append(n)
    return [grouped[k] for k in sorted(grouped)]


def derivation_svg(nodes: Sequence[Node], edges: Sequence[Edge]) -> Markup:
    """The story's articles as boxes in layers, arrows from source to copy coloured by relation."""
    placed = {}
    columns = layers(nodes, edges)
    for x, column in enumerate(columns):
        for y, node in enumerate(column):
            placed[node.key] = (20 + x * (NODE_W + GAP_X), 20 + y * (NODE_H + GAP_Y))
    width = 40 + len(columns) * NODE_W + max(len(columns) - 1, 0) * GAP_X
    height = 40 + max((len(c) for c in columns), default=0) * (NODE_H + GAP_Y)
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' class='graph' role='img' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' aria-label='derivation graph'><defs>",
        *(
            f"<marker id='arrow-{rel}' viewBox='0 0 10 10' refX='10' refY='5' markerWidth='8' markerHeight='8' "
            f"orient='auto-start-reverse'><path d='M0,0 L10,5 L0,10 z' fill='{colour}'/></marker>"
            for rel, colour in RELATION_COLOURS.items()
        ),
        "</defs>",
    ]
    parts += [_edge(e, placed) for e in edges if e.source in placed and e.copy in placed]
    parts += [_node(n, *placed[n.key]) for n in nodes]
    parts.append("</svg>")
    return Markup("".join(parts))


def _edge(e: Edge, placed: dict[str, tuple[int, int]]) -> str:
    (x1, y1), (x2, y2) = placed[e.source], placed[e.copy]
    if x1 == x2:  # same layer: from the bottom of one box to the top of the other
        start = (x1 + NODE_W // 2, y1 + (NODE_H if y2 > y1 else 0))
        end = (x2 + NODE_W // 2, y2 + (0 if y2 > y1 else NODE_H))
    else:
        start = (x1 + NODE_W, y1 + NODE_H // 2) if x2 > x1 else (x1, y1 + NODE_H // 2)
        end = (x2, y2 + NODE_H // 2) if x2 > x1 else (x2 + NODE_W, y2 + NODE_H // 2)
    colour = RELATION_COLOURS.get(e.relation, "#6b7280")
    arrow = f" marker-end='url(#arrow-{e.relation})'" if e.directed and e.relation in RELATION_COLOURS else ""
    dash = "" if e.directed else " stroke-dasharray='5,4'"
    title = escape(e.relation.replace("_", " "))
    return (
        f"<line class='edge rel-{escape(e.relation)}' x1='{start[0]}' y1='{start[1]}' x2='{end[0]}' y2='{end[1]}' "
        f"stroke='{colour}' stroke-width='2.5'{dash}{arrow}><title>{title}</title></line>"
    )


def _node(n: Node, x: int, y: int) -> str:
    stroke, width = ("#111827", 3) if n.origin else ("#9ca3af", 1)
    label = escape(_short(n.title))
    site = escape(_short(" · ".join(x for x in ("origin" if n.origin else "", n.site or "") if x)))
    return (
        f"<a href='{escape(n.href, quote=True)}' class='node{' origin' if n.origin else ''}'>"
        f"<rect x='{x}' y='{y}' width='{NODE_W}' height='{NODE_H}' rx='6' fill='#ffffff' "
        f"stroke='{stroke}' stroke-width='{width}'/>"
        f"<text x='{x + 8}' y='{y + 19}' font-size='12' fill='#111827'>{label}</text>"
        f"<text x='{x + 8}' y='{y + 36}' font-size='11' fill='#4b5563'>{site}</text>"
        f"<title>{escape(n.title)}</title></a>"
    )


def timeline_svg(dated: Sequence[tuple[date, Node]]) -> Markup | None:
    """Dated articles as dots on a day axis (None when fewer than two are dated)."""
    if len(dated) < 2:
        return None
    ordered = sorted(dated, key=lambda d: (d[0], d[1].key))
    first, last = ordered[0][0], ordered[-1][0]
    span = max((last - first).days, 1)
    width, left, axis_y = 760, 30, 30
    parts = [
        f"<svg xmlns='http://www.w3.org/2000/svg' class='timeline' role='img' width='{width + 2 * left}' "
        f"height='{axis_y + 22 * len(ordered) + 20}' aria-label='timeline'>",
        f"<line x1='{left}' y1='{axis_y}' x2='{left + width}' y2='{axis_y}' stroke='#6b7280'/>",
        f"<text x='{left}' y='{axis_y - 10}' font-size='11' fill='#4b5563'>{first.isoformat()}</text>",
        f"<text x='{left + width}' y='{axis_y - 10}' font-size='11' fill='#4b5563' "
        f"text-anchor='end'>{last.isoformat()}</text>",
    ]
    for row, (day, node) in enumerate(ordered):
        x = left + round(width * (day - first).days / span)
        y = axis_y + 22 * (row + 1)
        fill = "#111827" if node.origin else "#2563eb"
        anchor = "end" if x > left + width / 2 else "start"
        shift = -8 if anchor == "end" else 8
        parts.append(
            f"<line x1='{x}' y1='{axis_y}' x2='{x}' y2='{y}' stroke='#d1d5db'/>"
            f"<circle cx='{x}' cy='{y}' r='5' fill='{fill}'/>"
            f"<a href='{escape(node.href, quote=True)}'><text x='{x + shift}' y='{y + 4}' font-size='11' "
            f"text-anchor='{anchor}' fill='#111827'>{day.isoformat()} · {escape(_short(node.title, 48))}</text></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
