"""Outlines of the twelve provinces for a map of the Netherlands (provinces.json, made by
build_provinces.py from CBS open data; source and licence are in both)."""

import functools
import json
from pathlib import Path


@functools.cache
def provinces():
    """{"viewBox": [x, y, width, height], "provinces": {slug: {"d", "label", "code", ...}}}"""
    data = json.loads(Path(__file__).with_name("provinces.json").read_text())
    return {
        "viewBox": " ".join(str(n) for n in data["viewBox"]),
        "provinces": {shape["slug"]: shape for shape in data["provinces"]},
    }
