"""The rule house's load checks catch what they promise to catch."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from timeline.timex import calendar_cn
from timeline.timex import rules as house
from timeline.timex.rules.pattern import alternatives, first_chars

RULES_DIR = Path(house.__file__).resolve().parent


def test_every_family_module_has_its_corpus_beside_it() -> None:
    corpus_dir = RULES_DIR.parent / "corpus"
    for family in house.FAMILIES:
        module = "sets" if family == "set" else family
        assert (RULES_DIR / f"{module}.py").exists()
        assert (corpus_dir / f"{family}.py").exists(), family


def test_a_rule_without_a_corpus_line_is_refused(monkeypatch) -> None:
    spellings = house._corpus_spellings()
    spellings = {
        family: [
            t
            for t in texts
            if "除夕" not in t and "年三十" not in t and "大年夜" not in t and "年卅" not in t
        ]
        for family, texts in spellings.items()
    }
    with pytest.raises(house.RuleHouseError, match="除夕"):
        house.check_house(spellings)


def test_a_shadowed_alternative_is_refused(monkeypatch) -> None:
    # the old 大年初<n> took 大年三十, so 除夕's own 大年三十 branch never ran
    index = next(i for i, r in enumerate(house.RULES) if r.name == "大年初<n>")
    old = dataclasses.replace(
        house.RULES[index], pattern=r"(?:大年|正月)(?P<ld>初[一二三四五六七八九十]|三十)"
    )
    monkeypatch.setattr(house, "RULES", house.RULES[:index] + (old,) + house.RULES[index + 1 :])
    compiled = list(house.COMPILED)
    compiled[index] = __import__("re").compile(old.pattern)
    monkeypatch.setattr(house, "COMPILED", tuple(compiled))

    def old_production(m, s, e):
        if m["ld"] == "三十":
            return house.Piece(s, e, "大年三十", "date", festival="除夕")
        return house.Piece(s, e, "大年初<n>", "date", lunar_month=1, lunar_day=1)

    monkeypatch.setattr(
        house,
        "RULES",
        tuple(
            dataclasses.replace(r, produce=old_production) if i == index else r
            for i, r in enumerate(house.RULES)
        ),
    )
    with pytest.raises(house.RuleHouseError, match="大年三十"):
        house.check_house(house._corpus_spellings())


def test_duplicate_names_and_empty_patterns_are_refused(monkeypatch) -> None:
    monkeypatch.setattr(house, "RULES", house.RULES + (house.RULES[0],))
    monkeypatch.setattr(house, "COMPILED", house.COMPILED + (house.COMPILED[0],))
    with pytest.raises(house.RuleHouseError, match="duplicate"):
        house.check_house()


def test_one_festival_one_entry(monkeypatch) -> None:
    copy = calendar_cn.Festival("五一", "solar", ("五一",), 5, 1)
    monkeypatch.setattr(calendar_cn, "FESTIVALS", calendar_cn.FESTIVALS + (copy,))
    with pytest.raises(ValueError, match="五一"):
        calendar_cn.check_festivals()
    other = calendar_cn.Festival("国际劳动节", "solar", ("国际劳动节",), 5, 1)
    monkeypatch.setattr(calendar_cn, "FESTIVALS", calendar_cn.FESTIVALS[:-1] + (other,))
    with pytest.raises(ValueError, match="one date"):
        calendar_cn.check_festivals()


def test_first_characters_agree_with_the_regex_parser() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("re._parser is sre_parse before 3.11")
    import re._constants as c
    import re._parser as parser

    def first(sequence):
        chars = set()
        for op, arg in sequence:
            if op is c.LITERAL:
                return chars | {chr(arg)}, False
            if op is c.IN:
                for inner_op, inner in arg:
                    if inner_op is c.LITERAL:
                        chars.add(chr(inner))
                    elif inner_op is c.RANGE:
                        chars |= {chr(x) for x in range(inner[0], inner[1] + 1)}
                    elif inner is c.CATEGORY_DIGIT:
                        chars |= set("0123456789")
                    elif inner is c.CATEGORY_SPACE:
                        chars |= set(" \t\n\r\f\v")
                return chars, False
            if op is c.SUBPATTERN:
                inner, nullable = first(arg[3])
            elif op is c.BRANCH:
                inner, nullable = set(), False
                for branch in arg[1]:
                    b, n = first(branch)
                    inner, nullable = inner | b, nullable or n
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner, nullable = first(arg[2])
                nullable = nullable or arg[0] == 0
            elif op is c.CATEGORY:
                return chars | set("0123456789"), False
            else:
                inner, nullable = set(), True
            chars |= inner
            if not nullable:
                return chars, False
        return chars, True

    for r in house.RULES:
        expected, _ = first(parser.parse(r.pattern, __import__("re").ASCII))
        assert first_chars(r.pattern) == expected, r.name


def test_alternatives_of_a_leading_group() -> None:
    found = alternatives(r"(?:除夕|大年三十)(?P<night>夜)?")
    assert [plain for _, plain in found] == ["除夕", "大年三十"]


def test_the_package_imports_no_private_regex_module() -> None:
    private = __import__("re").compile(r"^\s*(?:import|from)\s+(?:re\._\w+|sre_\w+)", __import__("re").M)
    for path in RULES_DIR.parent.parent.rglob("*.py"):
        assert not private.search(path.read_text(encoding="utf-8")), path
