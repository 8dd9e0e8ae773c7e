"""The rule house's checks against the corpus, which the rules no longer run each time they load (they
cost a tenth of a second of every process's start-up; the rules and the corpus are source code, so
a test run sees every change to them)."""

from __future__ import annotations

from timeline.timex import rules as house


def test_the_house_passes_its_corpus_checks() -> None:
    house.check_house(house._corpus_spellings())


def test_the_load_checks_still_run_at_import() -> None:
    house.check_house()


def test_the_local_engine_limit_is_the_buckets_limit() -> None:
    from timeline.engines import buckets, local

    assert local.DEFAULT_LIMIT == buckets.DEFAULT_LIMIT


def test_the_scan_tries_the_rules_the_house_lists_for_a_character() -> None:
    from timeline.timex import parser

    for char in "0123456789一二十年月日今明昨上下前后的中大春农":
        assert parser._rules_for(char) == house.rules_starting_with(char)[0]
        for index in range(len(house.RULES)):
            assert parser.later_rules(index, char) == house.later_rules(index, char)
