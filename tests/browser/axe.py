"""The accessibility check of every browser test: axe-core's WCAG 2.1 A and AA rules."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def assert_accessible(page):
    """No WCAG 2.1 A/AA violation on the page as it is now; the report names the address."""
    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": []}
    )
    assert results.violations_count == 0, f"{page.url}: {results.generate_report()}"
