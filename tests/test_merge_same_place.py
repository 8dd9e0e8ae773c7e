"""Merge mechanisms for several happenings at one place on one day (issue 9, the coverage stories of
a quake with its warnings and tolls, an attack with deaths declared minutes apart, a fire with tolls
taken through the night): a warning is never the happening it warns of, and a toll dated by its
context is a count taken later, not the happening it sits next to."""

from __future__ import annotations

import dataclasses

import pytest
from merge_reports import candidates, one

from timeline.events.merge import MergePolicy, features_of, merge_candidates, score, vetoed, weigh

POLICY = MergePolicy()


def test_the_word_a_warning_names_tells_a_warning_not_that_happening():
    found = candidates(
        ("a.txt", "2024-01-01", "某县今天下午4时10分发生7.6级地震，并引发海啸。"),
        ("b.txt", "2024-01-01", "某县今天下午4时10分发生地震。气象厅向某县发布大海啸警报。"),
    )
    quake = features_of(one(found, "引发海啸"))
    warning = features_of(one(found, "警报"))
    assert {"quake", "tsunami"} <= quake.kinds
    assert warning.kinds == {"warning"}


def test_a_warning_is_vetoed_against_the_quake_it_warns_of():
    found = candidates(
        ("a.txt", "2024-01-01", "日本石川县能登半岛今天下午4时10分发生7.6级地震。"),
        (
            "b.txt",
            "2024-01-01",
            "日本石川县能登半岛今天下午4时10分发生强震。日本气象厅向石川县能登地区发布大海啸警报。",
        ),
    )
    quake, warning = features_of(one(found, "7.6级")), features_of(one(found, "警报"))
    assert vetoed(quake, warning, POLICY)
    assert not vetoed(quake, warning, dataclasses.replace(POLICY, kind_veto=""))
    # A clause telling the quake and the warning together is not vetoed against the quake.
    both = candidates(("c.txt", "2024-01-01", "能登半岛今天下午4时许发生7.6级地震，气象厅发布大海啸警报。"))
    assert not vetoed(quake, features_of(both[0]), POLICY)
    events = merge_candidates(found, POLICY)
    assert not any({"a.txt", "b.txt"} <= set(e["sources"]) and "警报" in str(e) for e in events)


def test_a_toll_dated_by_its_context_loses_the_toll_penalty_against_the_happening():
    found = candidates(
        ("a.txt", "2024-01-02", "能登半岛1日下午发生7.6级地震。"),
        (
            "b.txt",
            "2024-01-02",
            "能登半岛1日下午发生7.6级地震。据共同社报道，能登地区地震已造成至少24人死亡。",
        ),
    )
    quake = features_of(one(found, "1日下午"))
    toll = features_of(one(found, "24人死亡"))
    assert toll.inherited and "dead" in toll.counts and not quake.counts
    weigh([quake, toll], POLICY)
    off = dataclasses.replace(POLICY, toll_penalty=0.0)
    assert score(quake, toll, POLICY) == pytest.approx(score(quake, toll, off) - POLICY.toll_penalty)


def test_two_own_dated_clauses_with_and_without_a_toll_lose_the_toll_kind_penalty():
    # Each dated by its own words: the toll penalty is for a count read under another's date only; a
    # toll against a clause telling the happening's kind (发生粉尘爆炸) loses the toll kind penalty.
    found = candidates(
        ("a.txt", "2015-06-27", "今晚11时，八仙乐园粉尘爆炸已有215人受伤。"),
        ("b.txt", "2015-06-27", "八仙乐园今晚8时30分发生粉尘爆炸。"),
    )
    with_toll = features_of(next(c for c in found if c["mentions"][0]["doc"] == "a.txt"))
    without = features_of(next(c for c in found if c["mentions"][0]["doc"] == "b.txt"))
    assert "injured" in with_toll.counts and not without.counts
    assert not with_toll.inherited and not without.inherited
    assert "explosion" in without.kinds
    weigh([with_toll, without], POLICY)
    off = dataclasses.replace(POLICY, toll_penalty=0.0)
    assert score(with_toll, without, POLICY) == pytest.approx(score(with_toll, without, off))
    no_kind = dataclasses.replace(POLICY, toll_kind_penalty=0.0)
    assert POLICY.toll_kind_penalty > 0
    assert score(with_toll, without, POLICY) == pytest.approx(
        score(with_toll, without, no_kind) - POLICY.toll_kind_penalty
    )


def test_a_powder_fire_told_as_a_blast_or_as_flames_is_one_kind_of_word():
    # 尘爆 / 粉尘爆炸, 粉末 / 粉尘, 火光 / 起火: synonym rows, so two outlets' wording meets.
    found = candidates(
        ("a.txt", "2015-06-27", "今晚8时30分，八仙乐园派对突然发生尘爆，舞台前方窜出火光。"),
        ("b.txt", "2015-06-27", "今晚8时30分，八仙乐园发生粉尘爆炸，主舞台突然起火。"),
    )
    left, right = (features_of(c) for c in found[:2])
    assert {"爆炸", "起火"} <= left.tokens & right.tokens  # 尘爆 -> 爆炸, 火光 -> 起火
    assert {"fire", "explosion"} <= left.kinds
    assert [sorted(e["sources"]) for e in merge_candidates(found, POLICY)] == [["a.txt", "b.txt"]]


def test_declared_dead_and_resuscitation_failed_are_one_word():
    # 宣告不治 / 急救無效 / 確認死亡: one outlet's death declaration in another's words.
    found = candidates(
        ("a.txt", "2025-12-19", "嫌犯今晚7點48分急救無效。"),
        ("b.txt", "2025-12-19", "嫌犯今晚7點42分確認死亡。"),
        ("c.txt", "2025-12-19", "嫌犯今晚7時45分宣告不治。"),
    )
    tokens = [features_of(c).tokens for c in found]
    assert all("死亡" in t for t in tokens)
    assert [sorted(e["sources"]) for e in merge_candidates(found, POLICY)] == [["a.txt", "b.txt", "c.txt"]]


def test_a_count_of_aftershocks_dated_by_its_context_is_a_tally():
    found = candidates(
        ("a.txt", "2017-08-08", "九寨沟县今晚9时19分发生7.0级地震。"),
        ("b.txt", "2017-08-08", "九寨沟县今晚9时19分发生7.0级地震。截至目前，当地共录得余震106次。"),
    )
    quake = features_of(one(found, "今晚9时19分"))
    tally = features_of(one(found, "106次"))
    assert tally.inherited and "quake" in tally.kinds
    weigh([quake, tally], POLICY)
    off = dataclasses.replace(POLICY, toll_penalty=0.0)
    assert score(quake, tally, POLICY) == pytest.approx(score(quake, tally, off) - POLICY.toll_penalty)


def test_a_count_over_a_span_of_hours_is_a_tally_at_its_end():
    # 当天16时至20时…地震49次 is counted at 20:00: not the 16:10 quake, though its expression starts 16:00.
    found = candidates(
        ("a.txt", "2024-01-01", "能登半岛今天下午4时10分发生7.6级地震。"),
        ("b.txt", "2024-01-01", "气象厅统计，当天16时至20时，能登地区已发生震度1以上的地震49次。"),
    )
    quake, tally = features_of(one(found, "7.6级")), features_of(one(found, "49次"))
    assert tally.as_of and tally.time == "20:00"
    assert vetoed(quake, tally, POLICY)
    # A span with no count stays the span's start.
    plain = features_of(candidates(("c.txt", "2024-01-01", "当天16时至20时，能登地区停电。"))[0])
    assert plain.time == "16:00" and not plain.as_of


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("当天16时至20时", "16:00", "20:00"),
        ("下午4时至8时", "16:00", "20:00"),
        ("4日0时至4时30分", "00:00", "04:30"),
    ],
)
def test_span_end_reads_the_end_in_the_starts_hours(text, start, end):
    from timeline.events.merge import _span_end

    assert _span_end(text, start) == end


def test_a_gas_leak_hours_before_the_blasts_is_another_kind_of_happening():
    # 瓦斯外洩 at 20:46 and the blasts near midnight at the same crossroads: a leak and an explosion.
    # The leak that set the blast off (因…氣體外洩發生大爆炸) is its cause, named in passing.
    found = candidates(
        ("a.txt", "2014-08-01", "31日20時46分，消防局接獲報案，前鎮區凱旋三路與二聖路口疑有大範圍瓦斯外洩。"),
        ("b.txt", "2014-08-01", "高雄市前鎮區7月31日晚至8月1日凌晨發生石化氣爆，凱旋三路一帶多條街道受損。"),
        ("c.txt", "2014-08-01", "高雄市前鎮區昨天深夜疑因地下管線易燃氣體外洩發生大爆炸，凱旋三路炸出破洞。"),
    )
    leak = features_of(one(found, "瓦斯外洩"))
    blast = features_of(one(found, "石化氣爆"))  # 石化气爆 is cut 石化气 + 爆: the kind is still read
    caused = features_of(one(found, "大爆炸"))
    assert leak.kinds == {"leak"}
    assert blast.kinds == {"explosion"}
    assert caused.kinds == {"explosion"}
    events = merge_candidates(found, POLICY)
    assert not any("a.txt" in e["sources"] and len(e["sources"]) > 1 for e in events)


def test_one_kind_of_happening_at_agreeing_times_of_day_counts_more():
    # Two outlets tell one powder blast at 8:30 pm in few shared words; a leak at that hour is
    # another kind of happening and gets no more.
    found = candidates(
        ("a.txt", "2015-06-27", "今晚8時30分許，DJ正在台上帶動氣氛，舞台前方一角突然竄出火光。"),
        ("b.txt", "2015-06-27", "八仙樂園今晚8時40分舉辦派對時，舞台疑因粉塵爆炸起火。"),
        ("c.txt", "2015-06-27", "今晚8時35分，附近民眾聞到濃烈氣味。"),
    )
    fire, blast, smell = (features_of(one(found, words)) for words in ("竄出火光", "粉塵爆炸", "氣味"))
    weigh([fire, blast, smell], POLICY)
    off = dataclasses.replace(POLICY, same_kind_time_weight=0.0)
    assert fire.kinds & blast.kinds
    assert score(fire, blast, POLICY) == pytest.approx(score(fire, blast, off) + POLICY.same_kind_time_weight)
    assert score(blast, smell, POLICY) == pytest.approx(score(blast, smell, off))
    # A part of day agrees with a clock inside it; `same_kind_times="clock"` counts clocks only (a part
    # of day spans hours: 下午 holds a fire's outbreak and its upgrade hours later).
    evening = features_of(candidates(("d.txt", "2015-06-27", "八仙樂園今晚舞台突然起火，多人受傷。"))[0])
    weigh([blast, evening], POLICY)
    clocks_only = dataclasses.replace(POLICY, same_kind_times="clock")
    assert score(blast, evening, clocks_only) == pytest.approx(score(blast, evening, off))
    any_time = POLICY
    assert score(blast, evening, any_time) == pytest.approx(
        score(blast, evening, off) + POLICY.same_kind_time_weight
    )


def test_a_source_giving_figures_at_the_head_of_a_clause_is_an_attribution():
    # 美國地質調查局（USGS）資料顯示，… names who gave the aftershock's figures, not who acted: it weighs
    # like 據…報道, so it does not carry the aftershock into the same agency's warning.
    found = candidates(
        (
            "a.txt",
            "2025-03-28",
            "美國地質調查局（USGS）資料顯示，強震後約12分鐘，實皆以南再發生規模6.4地震。",
        ),
        ("b.txt", "2025-03-28", "美國地質調查局（USGS）警告，這次強震屬大規模災難，恐造成數千人罹難。"),
    )
    aftershock, warning = features_of(one(found, "6.4")), features_of(one(found, "警告"))
    assert {"调查局", "USGS"} <= aftershock.aside
    assert not {"调查局", "USGS"} & warning.aside
    assert not any(len(e["sources"]) > 1 for e in merge_candidates(found, POLICY))


def test_counts_named_by_the_verb_before_them_veto_when_they_disagree():
    # 救出127人 at one collapsed block and 共救出三十四人 at another: two rescue tallies, not one.
    found = candidates(
        ("a.txt", "2016-02-06", "截至今天上午7時10分，搜救人員已在倒塌大樓救出127人。"),
        ("b.txt", "2016-02-06", "歸仁區倒塌大樓今天已完成初步搜救，共救出三十四人。"),
        ("c.txt", "2016-02-06", "今天上午7時，搜救人員已在倒塌大樓救出126人。"),
    )
    first, other, near = (features_of(one(found, words)) for words in ("127人", "三十四人", "126人"))
    assert first.counts["rescued"][0][0] == 127 and other.counts["rescued"][0][0] == 34
    assert vetoed(first, other, POLICY)
    assert not vetoed(first, near, POLICY)  # 127 and 126 agree within count_tolerance


def test_a_clock_in_the_places_own_zone_is_not_vetoed_against_one_in_the_outlets():
    # 當地時間12時50分 in Myanmar is 14:20 in Beijing and Taipei: an hour and a half apart, one minute.
    found = candidates(
        ("a.txt", "2025-03-28", "緬甸曼德勒附近當地時間28日12時50分發生強烈地震。"),
        ("b.txt", "2025-03-28", "緬甸曼德勒附近28日下午2時20分發生強烈地震。"),
        ("c.txt", "2025-03-28", "緬甸曼德勒附近28日下午4時05分發生強烈地震。"),
    )
    local, home, later = (features_of(one(found, words)) for words in ("12時50分", "2時20分", "4時05分"))
    assert local.local_time and not home.local_time
    assert not vetoed(local, home, POLICY)
    assert vetoed(local, later, POLICY)  # 3 h 15 min apart is no zone's offset
    assert vetoed(home, later, POLICY)


def test_a_state_of_emergency_or_a_visit_to_the_scene_is_a_response():
    # 宣布曼谷進入緊急狀態 and 前往倒塌大樓視察 are acts on the collapse, not the collapse; a clause that
    # tells the quake before its declaration (發生…強震，軍政府宣布…緊急狀態) still tells the quake.
    found = candidates(
        ("a.txt", "2025-03-28", "泰國曼谷今天一棟興建中的大樓倒塌。"),
        ("b.txt", "2025-03-28", "泰國總理今天宣布曼谷進入緊急狀態。"),
        ("c.txt", "2025-03-28", "副總理今天前往倒塌大樓視察。"),
        ("d.txt", "2025-03-28", "緬甸中部今天發生芮氏規模7.7強震，軍政府宣布多個地區進入緊急狀態。"),
    )
    collapse, emergency, visit, quake = (
        features_of(one(found, words)) for words in ("興建中", "宣布曼谷", "視察", "7.7強震")
    )
    assert emergency.response and visit.response
    assert not collapse.response and not quake.response


def test_an_alarm_raised_or_a_warning_lowered_is_a_response():
    # 大火晚上升為五級 is the fire services' act on the fire, not its outbreak; 發生五級大火 names no act.
    found = candidates(
        ("a.txt", "2025-11-26", "大埔宏福苑大火今晚升為五級。"),
        ("b.txt", "2025-11-26", "大埔宏福苑今天下午發生五級大火。"),
        ("c.txt", "2025-11-26", "氣象廳今晚把大海嘯警報降為海嘯警報。"),
    )
    raised, outbreak, lowered = (features_of(one(found, words)) for words in ("升為", "發生", "降為"))
    assert raised.response and lowered.response
    assert not outbreak.response


def test_two_reports_dated_by_a_year_alone_lose_the_year_only_penalty():
    # 庚子年冬春之交…新冠肺炎疫情 and 年初新冠肺炎疫情發生後: one topic named through a year, not one
    # happening; the seeds' demo had merged two such clauses of two outlets.
    found = candidates(
        ("a.txt", "2020-03-27", "庚子年冬春之交，嚴重危及人民生命健康的新冠肺炎疫情驟然而至。"),
        ("b.txt", "2020-07-16", "其實，年初新冠肺炎疫情發生後，他們就一直堅守崗位。"),
    )
    left, right = (features_of(c) for c in found[:2])
    assert left.precision == right.precision == 4
    weigh([left, right], POLICY)
    off = dataclasses.replace(POLICY, year_only_penalty=0.0)
    assert score(left, right, POLICY) == pytest.approx(score(left, right, off) - POLICY.year_only_penalty)


def test_a_count_of_people_with_a_few_words_before_its_fate_is_a_toll():
    # 179人研判已全數罹難 and 5人经抢救后死亡 are dead; 181人中只有2人獲救 gives 181 no fate (a figure stands between);
    # so the clause meets another outlet's 機上179人遇難 instead of being vetoed as the rescued only.
    found = candidates(
        ("a.txt", "2024-12-29", "某客機29日在某機場墜毀。機上181人中只有2人獲救，其餘179人研判已全數罹難。"),
        ("b.txt", "2024-12-29", "某客機29日在某機場墜毀。機上179人遇難，只有兩名乘務人員獲救。"),
        ("c.txt", "2024-12-29", "某县今天有5人经抢救后死亡。"),
    )
    toll = features_of(one(found, "研判"))
    assert toll.counts["dead"] == ((179.0, ""),)
    assert toll.counts["rescued"] == ((2.0, ""),)
    assert all(
        value != 181.0 for key in ("dead", "injured", "missing") for value, _ in toll.counts.get(key, ())
    )
    assert not vetoed(toll, features_of(one(found, "機上179人遇難")), POLICY)
    assert features_of(one(found, "抢救后死亡")).counts["dead"] == ((5.0, ""),)


def test_the_first_office_a_clause_names_is_who_acts_and_two_offices_veto():
    # 國會議長某某宣布…回應總統的戒嚴令 is the speaker's act, not the president's declaration, though the
    # speaker's name is known to no table; the same office on both sides (總統…, …總統) does not veto.
    found = candidates(
        ("a.txt", "2024-12-03", "韓國總統尹錫悅3日晚間宣布全國實施緊急戒嚴。"),
        ("b.txt", "2024-12-03", "韓國國會議長某元植3日深夜宣布國會將依法回應總統的緊急戒嚴令。"),
        ("c.txt", "2024-12-03", "3日晚間，韓國總統尹錫悅發表講話宣布緊急戒嚴。"),
    )
    president, speaker, again = (features_of(one(found, w)) for w in ("全國實施", "議長", "發表講話"))
    assert (president.office, speaker.office, again.office) == ("总统", "议长", "总统")
    assert vetoed(president, speaker, POLICY)
    assert not vetoed(president, speaker, dataclasses.replace(POLICY, veto_offices=False))
    assert not vetoed(president, again, POLICY)
