"""Publication dates of layouts met in a sampled trial of real pages (tests/data/pages/tune12): one
short text in our own words per rule, each dated wrongly (or dated from nothing) before the rule."""

from __future__ import annotations

from timeline.documents import find_publication
from timeline.read.datelines import wire_dates

# A business portal's Chinese story under the site's English header of the day it was scraped; the
# report's own dateline names only a place and a day, which no day just before the header's is.
SITE_HEADER_OVER_PLACE_DATELINE = (
    "Sunday 05 May 2024\n"
    "By\n"
    "\n"
    "(吉隆坡9日讯)财政部长宣布新的援助配套,惠及中小企业。\n"
    "\n"
    "他说,配套下个月起分阶段推行。\n"
    "\n"
    "Print\n"
    "Share\n"
)


def test_place_only_dateline_is_a_wire_dateline():
    (hit,) = wire_dates("(吉隆坡9日讯)财政部长宣布")
    assert (hit.month, hit.day) == (None, 9)
    (hit,) = wire_dates("（新山18日讯）州政府今日")
    assert hit.day == 18


def test_site_header_contradicting_the_datelines_day_does_not_date_the_page():
    found = find_publication(SITE_HEADER_OVER_PLACE_DATELINE)
    assert found.value is None


def test_site_header_agreeing_with_the_datelines_day_still_dates_it():
    text = SITE_HEADER_OVER_PLACE_DATELINE.replace("Sunday 05 May 2024", "Friday 10 May 2024")
    assert find_publication(text).value[:10] == "2024-05-10"
