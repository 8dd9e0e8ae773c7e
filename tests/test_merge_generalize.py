"""The merge mechanisms added while widening the real-coverage tuning set (issue 9): a word the
segmenter cut differently, a clock given to the hour against a part of day, a press conference as a
response, tallies taken at different times, one quake placed in neighbouring counties, and kinds of
happening."""

from __future__ import annotations

import dataclasses

import pytest
from merge_reports import candidates, one, sources_of

from timeline.events.merge import (
    MergePolicy,
    _overlap,
    _place_key,
    features_of,
    merge_candidates,
    score,
    time_relation,
    vetoed,
    weigh,
)

POLICY = MergePolicy()


def test_a_name_cut_differently_still_counts_by_its_character_pairs():
    # An unknown train name: 台铁普|悠玛号 in one sentence, 普悠玛 in the other.
    found = candidates(
        ("a.txt", "2018-10-21", "台铁普悠玛号6432次列车今天傍晚在冬山出轨。"),
        ("b.txt", "2018-10-21", "今天下午，宜兰苏澳新马车站普悠玛列车出轨翻覆。"),
    )
    left, right = features_of(one(found, "冬山")), features_of(one(found, "新马"))
    overlaps = []
    for share in (POLICY.partial_word_share, 0.0):
        policy = dataclasses.replace(POLICY, partial_word_share=share)
        weigh([left, right], policy)
        overlaps.append(_overlap(left, right, policy))
    assert overlaps[0] > overlaps[1] + 0.05


def test_a_word_sharing_too_few_character_pairs_gets_no_credit():
    # 新马站 shares one of its two pairs (马站) with 马站路: half credit at the default share, none
    # when every pair must be found.
    found = candidates(
        ("a.txt", "2018-10-21", "今天下午，某县新马站发生列车出轨。"),
        ("b.txt", "2018-10-21", "今天下午，某县马站路发生车祸。"),
    )
    left, right = features_of(one(found, "新马站")), features_of(one(found, "马站路"))
    weigh([left, right], POLICY)
    strict = dataclasses.replace(POLICY, partial_word_share=1.0)
    assert _overlap(left, right, strict) < _overlap(left, right, POLICY)


def test_a_clock_given_to_the_hour_reaches_the_next_part_of_day():
    # 下午4时许 is 16:00-16:59; 傍晚 starts at 17: they touch, so they are no disagreement.
    assert time_relation("16:00", "EV", POLICY, ("more",), ()) >= 0
    assert time_relation("EV", "16:00", POLICY, (), ("more",)) >= 0
    # 16时 sharp is an hour before the evening: apart.
    assert time_relation("16:00", "EV", POLICY) == -1
    # 5点左右 reaches back into the afternoon.
    assert time_relation("17:00", "AF", POLICY, ("about",), ()) == 1


def test_the_derailment_told_as_4时许_and_傍晚_merges():
    reports = (
        ("a.txt", "2018-10-21", "台铁普悠玛号6432次列车今天傍晚在宜兰新马车站出轨，是最严重的事故。"),
        ("b.txt", "2018-10-22", "满载366名旅客的台铁6432次普悠玛列车，21日下午4时许行经宜兰新马车站时出轨。"),
    )
    assert sources_of(merge_candidates(candidates(*reports))) == [["a.txt", "b.txt"]]


def test_a_press_conference_is_a_response_not_the_quake():
    found = candidates(
        ("a.txt", "2021-05-22", "21日21时21分，云南大理州漾濞县发生5.6级地震。"),
        ("b.txt", "2021-05-22", "21日晚，云南省地震局举行新闻发布会，通报漾濞县地震情况。"),
    )
    quake, presser = features_of(one(found, "5.6")), features_of(one(found, "发布会"))
    assert presser.response and not quake.response


def test_tallies_taken_at_different_times_are_different_counts():
    found = candidates(
        ("a.txt", "2021-05-22", "22日凌晨2时4分，某县发生7.4级地震。截至4时，共记录到3级以上地震37次。"),
        ("b.txt", "2021-05-22", "某县今天凌晨发生地震。截至凌晨4时35分共记录余震104次。"),
    )
    left, right = features_of(one(found, "37次")), features_of(one(found, "104次"))
    assert left.as_of and right.as_of  # 截至 read inside the expression too
    assert vetoed(left, right, POLICY)
    assert not vetoed(left, right, dataclasses.replace(POLICY, tally_apart=0))


def test_a_tally_time_no_longer_escapes_the_clock_veto():
    # The derailment at 16:50 and the toll as of 21:28 in the same outlet's words.
    found = candidates(
        ("a.txt", "2018-10-21", "台铁普悠玛列车今天下午4时50分在宜兰出轨。"),
        ("b.txt", "2018-10-21", "台铁普悠玛列车在宜兰出轨，截至晚间21时28分，已知18名旅客死亡。"),
    )
    derail, toll = features_of(one(found, "4时50分")), features_of(one(found, "21时28分"))
    assert toll.as_of
    assert vetoed(derail, toll, POLICY)
    assert not vetoed(derail, toll, dataclasses.replace(POLICY, as_of_exempt=True))


def test_one_quake_placed_in_neighbouring_counties_by_two_agencies_merges():
    # Same minute, magnitudes 6.9 and 6.8: the county veto gives way; a minute off by an hour does not.
    reports = (
        ("a.txt", "2022-09-18", "中国地震台网正式测定：9月18日14时44分在台湾花莲县发生6.9级地震。"),
        ("b.txt", "2022-09-18", "台东县池上乡今天下午2时44分发生规模6.8地震，全台有感。"),
    )
    found = candidates(*reports)
    left, right = features_of(one(found, "花莲县")), features_of(one(found, "池上乡"))
    assert not vetoed(left, right, POLICY)
    assert vetoed(left, right, dataclasses.replace(POLICY, pinned_minutes=-1))


def test_disjoint_kinds_of_happening_lose_the_kind_penalty():
    found = candidates(
        ("a.txt", "2022-09-18", "今天下午2时44分，某县发生规模6.8地震。"),
        ("b.txt", "2022-09-18", "今天下午，某县一栋大楼倒塌，4人被困。"),
        ("c.txt", "2022-09-18", "某县今天下午发生6.8级强震。"),
    )
    quake, collapse, other = (features_of(one(found, w)) for w in ("规模6.8", "倒塌", "强震"))
    assert "quake" in quake.kinds and "collapse" in collapse.kinds
    assert quake.kinds & other.kinds
    weigh([quake, collapse, other], POLICY)
    off = dataclasses.replace(POLICY, kind_penalty=0.0)
    assert score(quake, collapse, POLICY) == pytest.approx(score(quake, collapse, off) - POLICY.kind_penalty)
    assert score(quake, other, POLICY) == pytest.approx(score(quake, other, off))


def test_a_name_the_run_gives_as_a_place_is_no_person():
    # 高雄 alone is tagged a person (surname 高); the run names 高雄市 as a place, so it vetoes nothing.
    found = candidates(
        ("a.txt", "2014-08-01", "高雄前镇7月31日午夜发生严重气爆。"),
        ("b.txt", "2014-08-01", "7月31日晚间，高雄市前镇区多条街道发生气爆。"),
    )
    places = frozenset(_place_key(e["text"]) for c in found for e in c["entities"] if e["type"] == "place")
    report = one(found, "高雄前镇")
    assert any(e["type"] == "person" and e["text"] == "高雄" for e in report["entities"])
    assert "高雄" in features_of(report).people
    assert "高雄" not in features_of(report, None, places).people


def test_a_common_two_character_word_inside_a_longer_one_gives_no_credit():
    # 化工 (a common morpheme, under partial_pair_weight) inside 化工厂 gives nothing unless every
    # two-character word is let through.
    found = candidates(
        ("a.txt", "2019-03-21", "今天下午，某县化工园区内发生爆炸。"),
        ("b.txt", "2019-03-21", "今天下午，某县一家化工厂发生爆炸。"),
    )
    left, right = features_of(one(found, "园区")), features_of(one(found, "化工厂"))
    weigh([left, right], POLICY)
    assert "化工" in left.words and left.words["化工"] < POLICY.partial_pair_weight
    every_pair = dataclasses.replace(POLICY, partial_pair_weight=0.0)
    assert _overlap(left, right, every_pair) > _overlap(left, right, POLICY)
