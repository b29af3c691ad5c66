"""Spreadsheet exports that stay safe to open.

A cell that a spreadsheet would read as a formula gets a leading apostrophe, so a title like
"=HYPERLINK(...)" typed by a visitor stays text (CSV injection).
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text a spreadsheet shows as text, never runs as a formula."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value
