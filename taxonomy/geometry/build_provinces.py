"""Build provinces.json, the outlines of the twelve provinces for the map of practice examples.

Source: CBS Gebiedsindelingen, "provincie_gegeneraliseerd" 2024, published through PDOK
(https://www.pdok.nl/), © CBS, licence CC BY 4.0, as converted to TopoJSON in the Dutch national
grid (Rijksdriehoekstelsel, EPSG:28992) by the cartomap/nl project
(https://cartomap.github.io/nl/rd/provincie_2024.topojson).

What this script does with it:

1. decodes the TopoJSON arcs (delta-encoded, metres in the national grid);
2. simplifies every arc on its own with Douglas-Peucker, so a border shared by two provinces
   is simplified once and the two outlines still meet;
3. drops islands and holes smaller than MIN_AREA;
4. turns metres into map units (UNIT metres each, y pointing down) and writes each province's
   outline as SVG path data with relative moves, plus the point inside it that lies farthest
   from its edges (where the map writes the number);
5. keys each province by the slug and code of the Region snippets of the demo content
   (taxonomy/demo/taxa.toml), which is how the map finds its shape.

Run it again when the outlines should change:

    curl -o /tmp/provincie_2024.topojson https://cartomap.github.io/nl/rd/provincie_2024.topojson
    .venv/bin/python taxonomy/geometry/build_provinces.py /tmp/provincie_2024.topojson
"""

import json
import math
import sys
from pathlib import Path

TOLERANCE = 900  # metres: how far a simplified border may stray from the source
MIN_AREA = 20e6  # square metres: smaller islands and holes are left out
UNIT = 1000  # metres per map unit
MARGIN = 4  # map units around the country

# CBS statcode -> (slug, code) of the Region snippet
PROVINCES = {
    "PV20": ("groningen", "GR"),
    "PV21": ("friesland", "FR"),
    "PV22": ("drenthe", "DR"),
    "PV23": ("overijssel", "OV"),
    "PV24": ("flevoland", "FL"),
    "PV25": ("gelderland", "GE"),
    "PV26": ("utrecht", "UT"),
    "PV27": ("noord-holland", "NH"),
    "PV28": ("zuid-holland", "ZH"),
    "PV29": ("zeeland", "ZE"),
    "PV30": ("noord-brabant", "NB"),
    "PV31": ("limburg", "LI"),
}

OUTPUT = Path(__file__).with_name("provinces.json")


def decode_arcs(topology):
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def segment_distance(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points, tolerance):
    """Douglas-Peucker; keeps the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0, None
        for i in range(first + 1, last):
            distance = segment_distance(points[i], points[first], points[last])
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def ring(arc_indexes, arcs):
    points = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def area(points):
    return (
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
        )
        / 2
    )


def inside(point, points):
    x, y = point
    result = False
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def label_point(polygons):
    """The point of the largest polygon (outer ring, holes) farthest from any of its edges,
    found on a grid of about 60 x 60 points."""
    outer, *holes = max(polygons, key=lambda rings: abs(area(rings[0])))
    xs, ys = [p[0] for p in outer], [p[1] for p in outer]
    step = max(max(xs) - min(xs), max(ys) - min(ys)) / 60
    best, best_distance = None, -1
    y = min(ys)
    while y <= max(ys):
        x = min(xs)
        while x <= max(xs):
            point = (x, y)
            if inside(point, outer) and not any(inside(point, hole) for hole in holes):
                distance = min(
                    segment_distance(point, a, b)
                    for rng in (outer, *holes)
                    for a, b in zip(rng, rng[1:] + rng[:1], strict=True)
                )
                if distance > best_distance:
                    best, best_distance = point, distance
            x += step
        y += step
    return best


def main(source):
    # One pass over the source geometry, read top to bottom as the steps of the build (decode,
    # simplify, assemble, place the label): run once by hand when the map changes, not served.
    topology = json.loads(Path(source).read_text())
    arcs = [simplify(arc, TOLERANCE) for arc in decode_arcs(topology)]
    geometries = next(iter(topology["objects"].values()))["geometries"]
    provinces = {}
    for geometry in geometries:
        polygons_arcs = (
            geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        )
        polygons = []
        for rings_arcs in polygons_arcs:
            rings = [ring(arc_indexes, arcs) for arc_indexes in rings_arcs]
            rings = [rings[0]] + [r for r in rings[1:] if abs(area(r)) >= MIN_AREA]
            if abs(area(rings[0])) >= MIN_AREA:
                polygons.append(rings)
        properties = geometry["properties"]
        provinces[properties["statcode"]] = (properties["statnaam"], polygons)

    all_points = [
        point
        for _name, polygons in provinces.values()
        for rings in polygons
        for r in rings
        for point in r
    ]
    min_x = min(p[0] for p in all_points)
    max_y = max(p[1] for p in all_points)

    def to_map(point):
        return (
            round((point[0] - min_x) / UNIT) + MARGIN,
            round((max_y - point[1]) / UNIT) + MARGIN,
        )

    shapes = []
    width = height = 0
    for statcode, (name, polygons) in provinces.items():
        slug, code = PROVINCES[statcode]
        parts = []
        for rings in polygons:
            for r in rings:
                mapped = []
                for point in map(to_map, r):
                    if not mapped or point != mapped[-1]:
                        mapped.append(point)
                if mapped[0] == mapped[-1]:
                    mapped.pop()
                if len(mapped) < 3:
                    continue
                (x0, y0), path = mapped[0], []
                for (xa, ya), (xb, yb) in zip(mapped, mapped[1:], strict=False):
                    path.append(f"{xb - xa} {yb - ya}")
                parts.append(f"M{x0} {y0}l" + " ".join(path) + "z")
                width = max(width, *(p[0] for p in mapped))
                height = max(height, *(p[1] for p in mapped))
        label = to_map(label_point(polygons))
        shapes.append(
            {"slug": slug, "code": code, "name": name, "d": "".join(parts), "label": list(label)}
        )
    data = {
        "source": "CBS Gebiedsindelingen (provincie_gegeneraliseerd 2024) via PDOK, © CBS, "
        "CC BY 4.0; TopoJSON by cartomap/nl; simplified by taxonomy/geometry/build_provinces.py",
        "viewBox": [0, 0, width + MARGIN, height + MARGIN],
        "provinces": shapes,
    }
    OUTPUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{OUTPUT}: {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
