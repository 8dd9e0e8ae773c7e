"""Vetoes a careful reader states for different happenings of one story on one day (issue 9, fifth
round): an aftershock is not the quake it follows, a count of people rescued is not a toll of the
dead, and a tsunami, a gas leak or an arrest is never the quake, the blast or the attack it sits
next to. The reports are written for these tests, in both scripts."""

from __future__ import annotations

import dataclasses

import pytest
from merge_reports import candidates, one

from timeline.events.merge import MergePolicy, features_of, merge_candidates, vetoed

POLICY = MergePolicy()


@pytest.mark.parametrize(
    ("quake", "aftershock"),
    [
        ("某县今晚9时19分发生7.0级地震，震中位于县城以西。", "某县今晚9时41分又发生一次余震，县城有感。"),
        ("某縣今晚9時19分發生7.0級地震，震中位於縣城以西。", "某縣今晚9時41分又發生一次餘震，縣城有感。"),
    ],
)
def test_an_aftershock_is_vetoed_against_the_quake_it_follows(quake, aftershock):
    found = candidates(("a.txt", "2017-08-08", quake), ("b.txt", "2017-08-08", aftershock))
    main = features_of(one(found, "7.0"))
    after = features_of(one(found, "一次"))
    assert (main.quake_role, after.quake_role) == ("quake", "aftershock")
    assert vetoed(main, after, POLICY)
    assert not vetoed(main, after, dataclasses.replace(POLICY, veto_aftershock=False, veto_clock=False))


def test_a_count_of_aftershocks_is_vetoed_against_the_quake():
    found = candidates(
        ("a.txt", "2017-08-08", "某县今晚发生7.0级地震。"),
        ("b.txt", "2017-08-08", "截至今晚11时，某县共录得106次余震。"),
    )
    assert vetoed(features_of(one(found, "7.0")), features_of(one(found, "106次")), POLICY)


def test_one_quake_an_outlet_calls_an_aftershock_is_not_vetoed_when_magnitudes_agree():
    # One outlet's 3.3级余震 is another's 3.3级地震: the magnitudes say it is one quake.
    found = candidates(
        ("a.txt", "2017-08-08", "某县今晚9时41分再录得一次3.3级地震。"),
        ("b.txt", "2017-08-08", "某县今晚9时41分又发生规模3.3的余震。"),
    )
    first, second = features_of(one(found, "再录得")), features_of(one(found, "又发生"))
    assert {first.quake_role, second.quake_role} == {"quake", "aftershock"}
    assert not vetoed(first, second, POLICY)


def test_a_clause_telling_the_quake_and_its_aftershocks_has_no_role():
    found = candidates(("a.txt", "2024-04-03", "主震后截至今天24时，某县已录得236起余震。"))
    assert features_of(found[0]).quake_role is None


@pytest.mark.parametrize(
    ("rescue", "toll"),
    [
        ("截至今晚，救援人员已从废墟中救出3人，均无生命危险。", "截至今晚，滑坡已造成5人死亡。"),
        ("截至今晚，救援人員已從廢墟中救出3人，均無生命危險。", "截至今晚，滑坡已造成5人死亡。"),
    ],
)
def test_a_count_of_people_rescued_is_vetoed_against_a_toll_of_the_dead(rescue, toll):
    found = candidates(("a.txt", "2025-02-08", rescue), ("b.txt", "2025-02-08", toll))
    saved, lost = features_of(one(found, "3人")), features_of(one(found, "5人"))
    assert "rescued" in saved.counts and "dead" in lost.counts
    assert vetoed(saved, lost, POLICY)
    assert not vetoed(saved, lost, dataclasses.replace(POLICY, veto_count_groups=False))


def test_people_a_rescue_brought_out_count_as_rescued_however_they_are_named():
    # 救出2名伤员 counts the rescued (not a toll of the injured), and so does 2人获救; the injured
    # sent to hospital are the same people: none of them is vetoed against another.
    found = candidates(
        ("a.txt", "2025-02-08", "截至今晚，救援人员已救出2名伤员。"),
        ("b.txt", "2025-02-08", "截至今晚，有消息指2人獲救，沒有生命危險。"),
        ("c.txt", "2025-02-08", "截至今晚，2名伤员已被送医。"),
    )
    rescued = features_of(one(found, "救出"))
    told_after = features_of(one(found, "獲救"))
    hospital = features_of(one(found, "送医"))
    assert "rescued" in rescued.counts and "rescued" in told_after.counts
    assert not vetoed(rescued, told_after, POLICY)
    assert not vetoed(rescued, hospital, POLICY)
    assert not vetoed(told_after, hospital, POLICY)


def test_a_toll_with_its_rescued_is_not_vetoed_against_either():
    found = candidates(
        ("a.txt", "2024-12-29", "截至今天下午，事故已造成28人死亡，另据报最少2人获救。"),
        ("b.txt", "2024-12-29", "截至今天下午，事故已造成28人死亡。"),
        ("c.txt", "2024-12-29", "截至今天下午，消防部门已救出2人。"),
    )
    both = features_of(one(found, "另据报"))
    assert not vetoed(both, features_of(one(found, "28人死亡。")), POLICY)
    assert not vetoed(both, features_of(one(found, "消防部门")), POLICY)


@pytest.mark.parametrize(
    ("happening", "other"),
    [
        ("某县今天下午4时10分发生7.6级地震。", "某县沿岸今天下午4时10分出现海啸，浪高1米。"),
        ("某縣今天下午4時10分發生7.6級地震。", "某縣沿岸今天下午4時10分出現海嘯，浪高1米。"),
        ("某路口今晚11时57分发生连环爆炸。", "某路口今晚11时57分，民众报称闻到异味。"),
        ("某车站今晚7时发生枪击，多人受伤。", "某车站今晚7时，警方在现场逮捕一名男子。"),
    ],
)
def test_a_tsunami_a_leak_or_an_arrest_is_vetoed_against_a_happening_of_another_kind(happening, other):
    found = candidates(("a.txt", "2024-01-01", happening), ("b.txt", "2024-01-01", other))
    first, second = features_of(found[0]), features_of(found[1])
    assert first.kinds and second.kinds and not first.kinds & second.kinds
    assert vetoed(first, second, POLICY)
    assert not vetoed(first, second, dataclasses.replace(POLICY, kind_veto="warning"))


def test_a_rescue_and_a_toll_of_one_hour_and_place_stay_two_events():
    # They share the hour, the village and the landslide: only what each counts tells them apart.
    found = candidates(
        ("a.txt", "2025-02-08", "截至今晚8时，金坪村山体滑坡现场救援人员已从废墟中救出3人。"),
        ("b.txt", "2025-02-08", "截至今晚8時，金坪村山體滑坡已造成5人死亡。"),
    )
    assert sorted(e["sources"] for e in merge_candidates(found, POLICY)) == [["a.txt"], ["b.txt"]]
    without = dataclasses.replace(POLICY, veto_count_groups=False)
    assert [e["sources"] for e in merge_candidates(found, without)] == [["a.txt", "b.txt"]]


def test_two_counts_of_quakes_are_compared_as_tallies_not_by_role():
    # 地震37次 and 余震104次 are both counts after the main quake: their times tell them apart.
    found = candidates(
        ("a.txt", "2021-05-22", "截至今天凌晨4时，某县共记录到3级以上地震37次。"),
        ("b.txt", "2021-05-22", "截至今天凌晨4时，某縣共記錄餘震104次。"),
    )
    first, second = features_of(one(found, "37次")), features_of(one(found, "104次"))
    assert {first.quake_role, second.quake_role} == {"quake", "aftershock"}
    assert not vetoed(first, second, dataclasses.replace(POLICY, veto_counts=False))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("截至今晚11时55分，送医人数共215人。", "今晚现场361人烧烫伤，其中229人送医。"),
        ("截至今晚11時55分，送醫人數共215人。", "今晚現場361人燒燙傷，其中229人送醫。"),
    ],
)
def test_counts_taken_to_hospital_are_read_before_and_after_their_figure(first, second):
    # 送医人数共215人 and 229人送医 are two counts of the hospitalised that disagree: two tallies.
    found = candidates(("a.txt", "2015-06-27", first), ("b.txt", "2015-06-27", second))
    earlier, later = features_of(one(found, "215")), features_of(one(found, "229"))
    assert earlier.counts["hospital"] == ((215.0, ""),)
    assert (229.0, "") in later.counts["hospital"]
    assert vetoed(earlier, later, dataclasses.replace(POLICY, veto_clock=False, tally_apart=0))
