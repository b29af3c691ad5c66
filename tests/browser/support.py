"""What the browser tests share besides their fixtures (conftest.py): where screenshots and
the artifacts of a failed test go."""

import os
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SCREENSHOTS = os.environ.get("KB_SCREENSHOTS")


def keep_screenshot(page, name, part=None, full_page=True):
    """KB_SCREENSHOTS=<folder> keeps a screenshot of each step a test names, to look at: the
    whole page (or what the viewport shows), or only `part` (a locator); without it nothing is
    written."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        path = Path(SCREENSHOTS) / f"{name}.png"
        if part is None:
            page.screenshot(path=path, full_page=full_page)
        else:
            part.screenshot(path=path)
