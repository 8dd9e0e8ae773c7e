"""When two reports are one happening: the merge model, its knobs in one `MergePolicy`.

Candidates (one per dated clause, from `timeline.events.document_events`) are compared the way an
editor compares two outlets' sentences:

- **Weighted overlap.** The clause's words (jieba's segmentation of the simplified clause, time
  expressions masked out) count by their rarity: jieba's shipped IDF table (nothing is downloaded),
  or the run's own sentences (`idf="run"`), so a person's name, a place or a rare term counts and
  表示 or 发生 hardly does. The score mixes the share of the shorter report's weight that the other
  shares (a report with a long tail of other facts still matches) with the weighted Dice
  coefficient. A short form counts as a long one it abbreviates (东航 / 东方航空, 国台办 / 国务院
  台湾事务办公室: same first character, the short form's characters in order inside the long one);
  synonyms (`SYNONYMS`: 逝世 / 辭世 / 與世長辭) and the name forms a run states itself (金庸（原名
  查良镛）) are one word. Flight numbers and codes are compared by their parts (MU5735, MU-5735,
  东航5735 share 5735); counts weigh as numbers. Words of a source attribution or a journalist's
  credit weigh `attribution_weight` of their IDF, and the person most clauses of a report name (its
  subject, 尹锡悦 through a martial-law story) `subject_weight`; words of a phrase naming the cause (受地震影响,
  在地震中, 因爆炸), what a statement is about (就…出轨事故表达关切) or the earlier happening a clause's act follows
  (在中国宣布加征关税后发帖) weigh `cause_weight`, and a
  word one side names only as a cause is shared at that weight too (建筑在地震中倒塌 is not the
  quake). A name the segmenter cut into single characters (东 里) still meets the other report's
  word (东里), and a word cut elsewhere (台铁普|悠玛号 against 普悠玛) counts by the share of its
  character pairs the other report's text holds (`partial_word_share`). Two reports of one background day (weeks before
  both were published) gain `background_weight`; a report dated by its context loses
  `inherited_penalty`.
- **Entities.** People agree when one name contains the other or a short form stands for the full
  name (surname + 老 / 院士 / 总 / 先生 / 女士 / 大侠 for 王某某; a surname-only form, 王姓男子 or
  王某, for any 王); places agree when one contains the
  other, and places at different levels (a county and its prefecture or province) never disagree;
  a place inside a source attribution (据中国大陆某台报道) or at a route's end (由昆明飞往广州) is no
  scene and vetoes nothing.
- **Numbers** are compared after unit normalisation (公里 / 千米 / 公尺 / 米; 两具 as 2具); magnitudes (7.2级,
  规模7.0, 黎克特制7級) agree within `magnitude_tolerance` (7.2 and 7.3 are the Taiwan and mainland
  scales of one quake) and veto beyond `magnitude_veto`; a toll (dead, injured, missing) or a count
  of a named thing (1400名医护人员) vetoes only when none of its figures agrees within
  `count_tolerance` (133 and 132 agree; 5 and 19 dead do not; 逾900 and 1011 injured do, tolls rise);
  a bare count is evidence only. Distances are evidence, never a veto (depths differ by agency).
- **Time of day.** A clock time inside a part of day agrees, one well outside it (傍晚7時28分 and
  下午) disagrees, and so do two parts of day whose hours never meet (下午 and 凌晨); clock times within `clock_tolerance` minutes agree; clock times more than
  `clock_apart` hours apart are different happenings, unless one is a 截至 (as of) time. A clock
  given to the hour only is the range it may be: 14点多 / 2時許 any minute of the hour
  (`hour_span`), 14时左右 `hour_about` minutes either side, against a clock or a part of day (下午4時許
  reaches 傍晚). A tally's 截至 time is a clock like any other (`as_of_exempt` off), and two
  tallies taken more than `tally_apart` minutes apart are different counts. A toll or a count of
  happenings over a span of hours (当天16时至20时…地震49次) is a tally taken at the span's end.
- **Responses.** A clause telling a response (接到报警, 启动应急响应, 作出批示, 召开发布会) against one telling
  none loses `response_penalty`: the fire call of 14时52分 is not the explosion of 14时48分.
- **Kinds of happening.** Two clauses whose own words tell disjoint kinds (`HAPPENING_KINDS`: a
  quake, an explosion, a collapse, a derailment, an arrest, a tsunami, a warning…) lose
  `kind_penalty`; the word a warning names (大海啸警报) tells a warning, not a tsunami. A clause
  telling only a kind of `kind_veto` (a warning: an agency's act) is vetoed against one of disjoint
  kinds: 發布大海嘯警報 under the quake's paragraph is not the quake. So is a clause telling only a
  quake, a tsunami, a leak or an arrest (the default `kind_veto`): a tsunami is not its quake, the
  smell of gas hours before is not the blast, an arrest is not the attack. Explosions, fires, crashes
  and derailments are not among them: outlets tell one happening as any of these.
- **Tolls.** A clause giving a toll (N dead, injured, missing) or a count of happenings of its
  kind (余震106次) against one giving none, either
  dated by its context, loses `toll_penalty`: 已造成至少24人死亡 under the quake's paragraph is a
  count taken later, not the quake. Dated by their own words, a toll against a clause that gives
  none and tells the happening's kind (客機在機場墜毀) loses `toll_kind_penalty`.
- **Vetoes** only when the central participants disagree: the first person each report names
  outside credits and attributions (`people_rule="central"`), the first office each names there
  (议长 / 总统, `veto_offices`: who acts when the name is in no table), scene places of one level (unless
  both give the same minute and an agreeing magnitude, `pinned_minutes`: two agencies placing one
  quake in neighbouring counties), two
  different hospitals or venues (香港殡仪馆 / 香港文化博物馆, 高寮大桥 / 崙天大桥; `veto_hospitals`), disagreeing tolls,
  named counts or magnitudes, times of day apart; an aftershock against the quake it follows unless
  their magnitudes agree (`veto_aftershock`), and counts of people of groups that share nothing, the
  rescued or those taken to hospital against the dead or missing (`veto_count_groups`: 救出3人 is
  not 5人死亡; people a rescue brought out count as rescued however they are named, 救出2名伤员).
- **Clustering that cannot chain.** Average linkage inside each date bucket: two clusters join
  only when their average pairwise score reaches `threshold` and no more than `veto_share` of the
  pairs between them (none, for two small clusters) is vetoed,
  so three happenings an hour apart at one place never become one event through a chain of
  near neighbours. The average is over pairs from different documents (an outlet repeating itself
  says nothing on whether two outlets agree; scores under `pair_floor` count 0); clusters of one
  document's sentences only join at `threshold + same_document_extra`. The average leans
  `best_pair_weight` of the way toward the best cross-outlet pair between the two clusters, so a
  large cluster of paraphrases still takes a report one outlet words like it (0 is plain average
  linkage, 1 single linkage, which chains).

Blocking for large same-day buckets is `timeline.events.blocking.bucket_pairs` (an inverted index of
character n-grams): every pair is scored while a bucket is small, so on the labelled sets the result
equals exhaustive scoring; a larger bucket may stay finer than scoring every pair, never coarser.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from timeline.events.anchor import _FIELD_ORDER, _event_id
from timeline.events.blocking import bucket_pairs
from timeline.numerals import to_number
from timeline.render import event_sort_key
from timeline.textprep import to_simplified


@dataclass(frozen=True)
class MergePolicy:
    """The knobs of merging. Tuned on tests/data/coverage/tune (benchmarks/coverage_eval.py --sweep)
    and checked on tests/data/merge (benchmarks/merge_eval.py)."""

    threshold: float = 0.30
    same_document_extra: float = 0.25
    # Pair scores below this count as 0 in the linkage: weak likeness is no evidence, and the result
    # does not depend on whether blocking offered such a pair.
    pair_floor: float = 0.2
    # Weighted word overlap: share of the smaller side (`overlap_weight`) against weighted Dice.
    overlap_weight: float = 0.8
    # The shorter side's share counts only when the two share this many words beyond a cause (2:
    # one shared place name says nothing on the happening, but it costs tune recall 0.805 -> 0.772).
    min_shared_words: int = 1
    # IDF source: "jieba" (the shipped table), "run" (the run's own sentences) or "mix" (their mean).
    idf: str = "jieba"
    # Words weigh at least this (function words) and unknown words (names) this much.
    idf_floor: float = 1.0
    idf_unknown: float = 12.0
    attribution_weight: float = 0.2
    # A person that `subject_share` or more of its document's clauses name, in a document of
    # `subject_clauses` clauses or more, is the story's subject (尹锡悦 through a martial-law story): it
    # weighs `subject_weight` of its IDF (0 share: off). People only: a place every clause names is
    # what tells one quake from another (applied to all rare words, old tune P 0.865 -> 0.844).
    subject_share: float = 0.5
    subject_clauses: int = 3
    subject_weight: float = 0.5
    # Words naming what caused the clause's happening (受地震影响, 在地震中, 因爆炸) or what a statement
    # is about (就…出轨事故表达关切) weigh this much of their IDF, on both sides of a pair:
    # 建筑在地震中倒塌, 捷运受地震影响停运 and the statement are not the quake or the derailment.
    cause_weight: float = 0.2
    # A word not found among the other report's words still counts by the share of its character
    # pairs found in the other's text, when that share is at least this (0 turns it off): the
    # segmenter cuts an unknown name differently in different sentences (台铁普|悠玛号 / 普悠玛).
    partial_word_share: float = 0.5
    # A two-character word is found that way (inside a longer word of the other report) only when it
    # weighs at least this: a rare name or term, not a common morpheme (化工 of 化工厂).
    partial_pair_weight: float = 8.0
    # Bonuses on top of the overlap.
    entity_weight: float = 0.15
    number_weight: float = 0.05
    time_weight: float = 0.05
    # Two clauses telling one kind of happening (both an explosion) at times of day that agree
    # (20時30分許 / 晚間8時40分, 23時55分 / 23時59分起) are one happening told in other words: this much
    # more. `same_kind_times="clock"` counts two clock times only. On the 16 tune stories (P / R):
    # without 0.911 / 0.664, "clock" 0.905 / 0.695, "any" 0.925 / 0.763; "any" loses on one story, a
    # fire told in stages through an afternoon (下午 agrees with its outbreak and its upgrade).
    same_kind_time_weight: float = 0.2
    same_kind_times: str = "any"
    # Two reports of one background day (2015年6月22日交付, a date weeks before both were published)
    # share a rare fact: the day itself.
    background_weight: float = 0.2
    background_days: int = 30
    # Two reports dated by a year alone (今年, 年初) lose this much: sharing a topic through a year is no
    # evidence of one happening.
    year_only_penalty: float = 0.2
    # A report dated by its context (no date of its own) is less sure to be the happening it sits
    # next to: its pair scores are lowered by this much.
    inherited_penalty: float = 0.1
    # A clause telling a response to a happening (接到报警, 调派, 作出批示, 启动应急响应) against one
    # that tells none is another happening of the same minutes: its pair scores lose this much.
    response_penalty: float = 0.3
    # Two clauses telling disjoint kinds of happening (HAPPENING_KINDS: a collapse and a quake, an
    # arrest and a shooting) lose this much.
    kind_penalty: float = 0.2
    # A clause that gives a toll (N dead, injured, missing) or counts happenings of its kind (余震106次)
    # against one that gives none, either of them dated by its context, is a count taken later, not the happening it sits next to (能登地区
    # 地震已造成至少24人死亡 under the quake's paragraph): its pair scores lose this much.
    toll_penalty: float = 0.1
    # A clause giving a toll against one that gives none and tells the happening's kind (a crash, a
    # quake, a fire), both dated by their own words: the toll is counted after the happening, and the
    # sentences that told both are cut apart (`governing.split_happenings`). Its pair scores lose this
    # much. On tune (given dating) 0 -> 0.1: P 0.859 -> 0.886, R 0.648 -> 0.656 (0.1 to 0.2 the same).
    toll_kind_penalty: float = 0.1
    # Two clauses giving one toll to the person (36人死亡 / 死亡人数升至36人: dead, injured or missing,
    # neither approximate) are one count however else they are worded: their pair scores gain this much.
    toll_match_weight: float = 0.2
    # Kinds (space-separated HAPPENING_KINDS names) that are never the happening they sit next to: a
    # clause telling only these against one whose kinds are disjoint from them is vetoed (a warning
    # is an agency's act, not the quake it warns of: 日本氣象廳向石川縣能登地區發布大海嘯警報). A quake,
    # a tsunami, a leak and an arrest are never another kind's happening either. On the 29 tune
    # stories (labelled pairs it newly vetoes, of one happening / of different ones): quake 1 / 399
    # (the one scored below the pair floor), tsunami 0 / 22, leak 0 / 26, arrest 0 / 38; explosion
    # 17 / 23, fire 34 / 57, crash 31 / 58, derailment 23 / 44 and collapse 4 / 55 stay out.
    kind_veto: str = "warning quake tsunami leak arrest"
    # Tolerances.
    count_tolerance: float = 0.05  # relative, for counts of people and things
    approx_tolerance: float = 0.15  # relative, when either count is approximate (多, 逾, 约)
    magnitude_tolerance: float = 0.35
    magnitude_veto: float = 0.5
    clock_tolerance: int = 20  # minutes: 13:10 / 13:11 / 13:15 take-off times agree
    clock_apart: float = 0.75  # hours: clock times further apart are different happenings
    # A clock time given to the hour only: 14点多 / 2時許 is any minute of that hour (`hour_span`
    # minutes after it), 14时左右 this many minutes either side of it.
    hour_span: int = 59
    hour_about: int = 30
    # Two tallies (截至 times) taken more than this many minutes apart are different counts (0: off).
    tally_apart: int = 20
    # A 截至 (as of) time escapes the clock veto: a tally may be read against its happening's time.
    as_of_exempt: bool = False
    # Vetoes.
    veto_people: bool = True
    # "central": the first person each report names (its subject) must agree; "all": some person
    # must agree when each report names at most `central_people`.
    people_rule: str = "central"
    central_people: int = 2
    veto_places: bool = True
    # Places of one level that disagree do not veto two reports pinned to the same minute (within
    # this many minutes, both given to the minute) with agreeing magnitudes (-1: always veto).
    pinned_minutes: int = 2
    veto_hospitals: bool = True
    # Two clauses whose first offices (outside credits and attributions) differ, neither containing
    # the other (议长 / 总统), are two people's acts. On tune: it vetoes 9 labelled pairs of different
    # happenings and none of one; P 0.901 -> 0.905, recall unchanged.
    veto_offices: bool = True
    veto_counts: bool = True
    veto_clock: bool = True
    # An aftershock is not the quake it follows: a clause whose own words tell an aftershock and no
    # other quake (又发生规模3.3的余震, 共录得106次余震) against one telling a quake and no aftershock
    # is vetoed, unless both give magnitudes that agree (one outlet's 余震 is another's 3.3级地震) or
    # both are counts of quakes (地震37次 / 余震104次: tallies, compared by `tally_apart`).
    veto_aftershock: bool = True
    # Counts of people fall in groups (`_COUNT_GROUPS`): the lost (dead, missing), the saved (rescued,
    # taken to hospital), the injured in either, the evacuated. Two clauses that each give counts, of
    # groups that share nothing (救出3人 against 5人死亡), are different tallies and are vetoed.
    veto_count_groups: bool = True
    linkage: str = "average"  # "average" or "complete"
    # Two clusters stay apart when more than this share of the pairs between them is vetoed (0: any
    # veto does). On tune (given dating) 0 -> 0.05: P 0.913 -> 0.912, R 0.699 -> 0.709 (0.04 to 0.07
    # the same; 0.1: P 0.884); held-out unchanged.
    veto_share: float = 0.05
    # How far the average linkage leans to the best cross-outlet pair (0 = plain average, 1 = single
    # linkage, which chains): a large cluster of paraphrases keeps taking a report one outlet
    # words like it.
    best_pair_weight: float = 0.3


DEFAULT_POLICY = MergePolicy()

# --------------------------------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------------------------------


@dataclass
class Features:
    """What the merge model reads of one candidate."""

    doc: str
    precision: int
    start: str
    end: str
    time: str | None
    clock_span: tuple[str, ...]  # ("more",) for 14点多, ("about",) for 14时左右, () otherwise
    response: bool  # tells a response to a happening (接到报警, 作出批示), not the happening
    kinds: frozenset[str]  # kinds of happening its own words tell (HAPPENING_KINDS)
    inherited: bool  # dated by its context (the clause before it, the story, the publication)
    as_of: bool  # its time is a 截至 (as of) time, when a count was taken, not when it happened
    local_time: bool  # its clock is marked 当地时间 (the place's own zone, not the outlet's)
    background: bool  # dated `background_days` or more before its publication
    words: dict[str, float]  # word -> weight (filled once the run's IDF is known)
    tokens: frozenset[str]
    aside: frozenset[str]  # words only in attributions and credits
    caused: frozenset[str]  # words only in a phrase naming the cause (受地震影响)
    measured: frozenset[str]  # numbers written with a unit (900 of 逾900人): compared as numbers
    long_words: dict[str, tuple[str, ...]]  # first character -> words of 3+ characters (for short forms)
    grams: frozenset[str]
    people: frozenset[str]
    # person -> how many of its document's clauses name them, and the document's clauses (`subject_share`)
    doc_people: dict[str, int]
    doc_clauses: int
    central: str | None  # the first person the clause names outside credits and attributions
    office: str | None  # the first office the clause names outside credits and attributions (议长)
    places: frozenset[str]
    scene_places: frozenset[str]
    hospitals: frozenset[str]
    counts: dict[str, tuple[tuple[float, str], ...]]  # toll or unit -> (value, approx kind or "")
    distances: tuple[float, ...]
    magnitudes: tuple[float, ...]
    quake_role: str | None  # "aftershock" or "quake" when its own words tell only one of the two
    key: tuple


_HAN_WORD = re.compile(r"^[\u3400-\u9fff]+$")
_WORD = re.compile(r"[\u3400-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")
_PUNCT_OR_SPACE = re.compile(r"^[\W_]+$")
# Patterns of the per-candidate and per-word steps, compiled once (they run some 100k times a run).
_GRAM_RUN = re.compile(r"[\u3400-\u9fff0-9A-Za-z]+")
_COUNTED = re.compile(r"\s*([\u4e00-\u9fff]{2})")
_RISES_TO = r"\s*(?:已|再)?\s*(?:增至|升至|上升至|增加至|上修至|攀升至|达到?|为)\s*(?:共|约|逾|超过|至少)?"
_TOLL_RISES = _RISES_TO + r"\s*$"
# A count's figure after its name: rising to it (升至) or totalling it (共).
_TOLL_RISES_OR_TOTAL = r"(?:" + _RISES_TO + r"|\s*(?:共|共有|累计)?\s*(?:约|逾|超过|至少)?)\s*$"
# Counts named by the verb before them (救出127人, 共救出三十四人, 送院3人): people rescued, taken to
# hospital, evacuated. Two such counts that disagree are different tallies, like two tolls.
# People rescued, named by the verb before their count (救出127人, and 救出2名伤员 however they are named).
_RESCUED_BEFORE = re.compile(r"(?:救出|救起|获救|寻获|救援出)了?\s*(?:共|约|逾|超过|至少)?\s*$")
_COUNT_BEFORE = (
    ("rescued", _RESCUED_BEFORE),
    ("hospital", re.compile(r"(?:送医|送院|送往医院|送往醫院)(?:治疗)?了?\s*(?:共|约|逾|超过|至少)?\s*$")),
    ("evacuated", re.compile(r"(?:疏散|撤离)了?\s*(?:共|约|逾|超过|至少)?\s*$")),
    # the same counts named before their figure (送医人数共215人, 获救人数为3人, 撤离人数达9658人)
    ("rescued", re.compile(r"(?:获救|救出)人数" + _TOLL_RISES_OR_TOTAL)),
    ("hospital", re.compile(r"(?:送医|送院)人数" + _TOLL_RISES_OR_TOTAL)),
    ("evacuated", re.compile(r"(?:疏散|撤离)人数" + _TOLL_RISES_OR_TOTAL)),
    # a toll named before its figure (死亡人数升至36人, 遇难人数已增至24人, 失联人数为53人)
    ("dead", re.compile(r"(?:死亡|遇难|罹难)(?:人数)?" + _TOLL_RISES)),
    ("injured", re.compile(r"(?:受伤|伤者)(?:人数)?" + _TOLL_RISES)),
    ("missing", re.compile(r"(?:失踪|失联)(?:人数)?" + _TOLL_RISES)),
)
# People rescued, named after their count (最少2人获救, 3人被救出); 生还 is not among them: 181人仅2人生还
# tells the toll.
_RESCUED_AFTER = re.compile(r"^\s*(?:人|名|位)?\s*(?:获救|被救出|被救起)")
# People taken to hospital, named after their count (其中229人送医).
_HOSPITAL_AFTER = re.compile(r"^\s*(?:人|名|位)?\s*(?:被)?(?:送医|送院|送往医院|入院)")
_INTENSITY = re.compile(r"震度|烈度|强度")
_AS_OF_BEFORE = re.compile(r"(?:截至|截止|截止到|直至|到)\s*$")
_AS_OF_INSIDE = re.compile(r"\s*(?:截至|截止|直至)")
# A clock in the place's own zone (当地时间12时50分) against one in the outlet's (北京时间14时20分):
# hours or half-hours apart, it may be the same minute.
_LOCAL_TIME = re.compile(r"当地时间")
_ZONE_SLACK = 5  # minutes off a whole number of half-hours that still count as a zone's offset
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SMALL_NUMBER = re.compile(r"\d+\.\d+|\d{1,2}")
_HAN_ONLY = re.compile(r"[\u3400-\u9fff]+")
# Place names inside a source attribution or at the ends of a route describe no scene.
_ATTRIBUTION = re.compile(
    r"(?:《[^》]{1,12}》\s*)?(?:据|引述|援引|引用)[^,，。;；]{0,24}?(?:报道|报导|消息|证实|称|显示|指出|透露|介绍|统计|表示)"
    # a source's figures opening the clause (美国地质调查局（USGS）资料显示，USGS数据也显示，)
    r"|(?:^|(?<=[,，。;；]))[^,，。;；]{2,24}?(?:资料|数据|统计)也?(?:显示|指出)"
)
# Journalists' credits (记者刘涛, 【本报讯】记者冯仁乐报道) and names that are pieces of a word (黎克特制).
_CREDIT = re.compile(r"(?:记者|通讯员|摄影|编辑|撰文|实习生)[\s　]*[一-鿿]{2,3}(?:[\s　、]+[一-鿿]{2,3})*")
# What caused the clause's happening, named in passing (受地震影响, 在地震中, 因爆炸), and the happening
# a statement is about (国台办发言人就台铁列车出轨事故表达关切): the clause tells another happening.
_CAUSE = re.compile(
    r"(?:受|因)[^,，。；]{0,12}?(?:影响|冲击|波及)"
    r"|(?:就|针对|对于|对)[^,，。；]{0,24}?(?:事故|事件|灾情|意外|惨剧|空难)"
    r"|在[^,，。；]{0,8}?(?:地震|强震|余震|爆炸|台风|大火|事故)中"
    r"|因(?:为)?[^,，。；]{0,6}?(?:地震|强震|余震|爆炸|台风|大火)"
    # a leak that set off the explosion (疑因地下管线易燃气体外泄发生大爆炸, 可燃气体外泄，引发多次大爆炸)
    r"|因[^,，。；]{0,12}?(?:外泄|泄漏|泄露|漏气)"
    r"|[^,，。；]{0,12}?(?:外泄|泄漏|泄露|漏气)[,，]?(?=引发|导致|造成|酿成)"
    # the earlier happening a clause's own act follows (特朗普在中国宣布对美国商品加征关税后发帖称): the
    # announcement is another happening of the day, named to place the post after it
    r"|在[^,，。；]{2,24}?之?后(?=[^,，。；])"
)
# A response to a happening: the call taken, units sent, orders given, a press conference held.
_RESPONSE = re.compile(
    r"接到报警|接报|接警|启动(?:应急)?响应|启动应急|作出(?:重要)?(?:指示|批示)"
    r"|(?:举行|召开|举办)(?:了)?(?:首场|第一场|紧急)?(?:新闻)?(?:发布会|记者会|说明会)"
    # a state of emergency declared, an official's visit to the scene
    r"|(?:宣布|宣告|颁布|实施)[^,，。]{0,10}紧急状态|进入紧急状态|(?:前往|到|赴)[^,，。]{0,12}(?:视察|巡视|慰问)"
    # an alarm or warning raised or lowered (升为五级, 再升至4级, 提升至三级, 降为海啸预警)
    r"|(?:升|提升|调升|降|调降|下调)(?:为|至|到)[一二三四五六七八九十\d]+级|降为[^,，。]{0,6}(?:警报|预警)"
)
# A happening told before the response in the same clause (…發生7.7強震，…軍政府宣布多個地區進入緊急狀態):
# the clause reports the happening too, so it is not a response alone.
_HAPPENED_BEFORE = re.compile(r"发生")


def _tells_response(compare: str) -> bool:
    found = _RESPONSE.search(compare)
    return found is not None and not _HAPPENED_BEFORE.search(compare, 0, found.start())


_ROUTE = re.compile(r"(?:由|从|自|飞往|前往|开往|驶往|往|至|到|经)\s*$")
# A quake's magnitude (7.2级, 规模7.0, 黎克特制7級, 7.3地震), not its intensity (震度6强级).
_MAGNITUDE = re.compile(
    r"(?:里氏|芮氏|黎克特制|规模|震级)\s*(\d(?:\.\d)?)|(?<![\d.])(\d(?:\.\d)?)\s*级?\s*(?:以上|左右|多)?\s*(?=(?:强烈|大)?(?:地震|强震|余震))"
    r"|(?<![\d.])(\d\.\d)\s*级"
)
# Counts of casualties: the word after the number says which toll it is.
_TOLLS = (
    ("dead", re.compile(r"^\s*(?:人|名|位)?\s*(?:死亡|遇难|罹难|身亡|丧生|死|殒命)")),
    ("injured", re.compile(r"^\s*(?:人|名|位)?\s*(?:受伤|伤)")),
    ("missing", re.compile(r"^\s*(?:人|名|位)?\s*(?:失踪|失联|被困|受困)")),
)
# A count of people may have a few words before its fate (179人研判已全數罹難, 1人送医后不治), never a
# figure, a stop or a negation: 181人中只有2人获救 gives 181 no fate.
_TOLL_GAP = r"^(?:人|名|位)?[^,，。；;、：:\d无没未]{0,6}?"
_PEOPLE_TOLLS = (
    ("dead", re.compile(_TOLL_GAP + r"(?:死亡|遇难|罹难|身亡|丧生|殒命|不治)")),
    ("injured", re.compile(_TOLL_GAP + r"受伤")),
    ("missing", re.compile(_TOLL_GAP + r"(?:失踪|失联|被困|受困)")),
)
_PEOPLE_UNITS = {"人", "名", "位"}
_DISTANCE_UNITS = {"公里": 1000.0, "千米": 1000.0, "km": 1000.0, "米": 1.0, "公尺": 1.0, "m": 1.0}
_COUNT_UNITS = {"人", "名", "位", "具", "户", "间", "栋", "座", "次", "起", "架", "辆", "艘", "个"}
_HONORIFICS = ("老", "院士", "总", "先生", "女士", "大侠", "教授", "医生", "书记", "主席", "特首", "局长")


@lru_cache(maxsize=1)
def jieba_idf() -> dict[str, float]:
    """jieba's shipped IDF table (jieba/analyse/idf.txt), read once."""
    import jieba

    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    table: dict[str, float] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, _, value = line.rstrip("\n").rpartition(" ")
            if word:
                table[word] = float(value)
    return table


def _tokenizer():
    from timeline.events.entities import _tagger

    return _tagger().dt.tokenizer


# Words outlets use for one thing (simplified script): each maps to the first of its row. Data, not
# logic: add a row when two outlets' wording of one happening differs by a synonym.
SYNONYMS = (
    "逝世 辞世 离世 病逝 去世 过世 长辞 与世长辞 身故 仙逝 病故",
    "死亡 遇难 罹难 身亡 丧生 丧命 殒命 死 不治 宣告不治 抢救无效 急救无效",
    "受伤 伤",
    "被困 受困 困",
    "地震 强震 大地震 强烈地震 震",
    "震级 里氏 芮氏 黎克特制 规模",
    "坠毁 坠机 坠落 失事 坠",
    "失联 失去联系 失踪",
    "客机 飞机 班机 航机",
    "航班 班次",
    "指示 批示 作出指示",
    "唁电 唁函 吊唁",
    "停飞 停航",
    "停驶 停运",
    "交付 引进 交机",
    "发生 发生了",
    "出轨 脱轨 脱线",
    "坠江 坠入江中 坠入长江 掉入长江 冲入长江 堕江 坠河",
    "公交车 公车 大巴 大巴车 巴士 公交客车 公共巴士 公交",
    "轿车 小轿车 私家车 房车 小车",
    "遗体 尸体 遗骸",
    "打捞 捞起 捞出 打捞出 打捞起 捞获",
    "枪击 中枪 遇刺 枪袭 枪杀",
    "逮捕 被捕 拘捕 制服",
    "爆炸物 爆裂物 爆炸品",
    "司机 驾驶员 驾驶人",
    "翻沉 倾覆 翻覆 翻船 沉没 沉船",
    "客船 客轮 游轮 邮轮 轮船",
    "暴雨 特大暴雨 大暴雨 强降雨 强降水",
    "洪水 洪灾 水灾 洪涝",
    "搜救 救援 营救 施救",
    "疏散 撤离 转移",
    "乘客 旅客 搭客",
    "列车 火车",
    "车站 火车站 站",
    "倒塌 坍塌 塌下 塌落 崩塌 崩坍",
    "断裂 断开 断成",
    "爆炸 气爆 爆燃 闪爆 大爆炸 尘爆 塵爆",
    "粉尘 粉末 彩粉",
    "起火 着火 火光 火势 火海",
)
_SYNONYM_OF = {word: row.split()[0] for row in SYNONYMS for word in row.split()}

# Kinds of happening, each with the words (simplified, after synonyms) that tell it. Data: a clause's
# kinds are those its own words (not a cause named in passing) tell; two clauses whose kinds are known
# and disjoint (a collapse against a quake, an arrest against a shooting) are likely two happenings.
# A word may tell several kinds (翻覆: a train or a boat).
HAPPENING_KINDS = (
    "quake: 地震 余震 震",
    "explosion: 爆炸 气爆 爆燃 闪爆 连环爆炸",
    "fire: 火灾 起火 大火 失火 火警 燃烧 山火 火光 火势",
    "collapse: 倒塌 塌陷 断裂 坍方 山崩 落石",
    "derailment: 出轨 翻沉 撞上",
    "capsize: 翻沉 坠江",
    "crash: 坠毁 失联",
    "death: 逝世",
    "shooting: 枪击",
    "arrest: 逮捕 带回 控制",
    "tsunami: 海啸",
    "leak: 外泄 泄漏 泄露 漏气 异味 气味 冒烟",
    "warning: 警报 预警",
)
# A warning names the happening it warns of (大海啸警报, 暴雨预警): that word tells a warning, not
# the happening.
_WARNING = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?)(?:警报|预警|警告|特报)")
_KINDS_OF: dict[str, set[str]] = {}
# Each kind's word of two or more characters as written in HAPPENING_KINDS (气爆, not only its synonym
# row's 爆炸) -> the word `_KINDS_OF` knows it by: found inside a longer segment too.
_KIND_COMPOUNDS: dict[str, str] = {}
for _row in HAPPENING_KINDS:
    _kind, _, _words_of_kind = _row.partition(":")
    for _word in _words_of_kind.split():
        _known = _SYNONYM_OF.get(_word, _word)
        _KINDS_OF.setdefault(_known, set()).add(_kind)
        if len(_word) >= 2:
            _KIND_COMPOUNDS[_word] = _known


def _kinds(compare: str, words: list[str], passing: set[str], aliases: dict[str, str]) -> frozenset[str]:
    """The kinds of happening a clause's own words tell: not a cause or attribution named in passing
    (`passing`), and not the happening a warning warns of (大海啸警报 tells a warning, no tsunami)."""
    warned: set[str] = set()
    if _WARNING.search(compare):
        outside = set(_words(_WARNING.sub(" ", compare), aliases))
        for match in _WARNING.finditer(compare):
            warned.update(word for word in _words(match.group(), aliases) if word not in outside)
    # A kind's word inside a longer word the segmenter cut differently (石化气爆 as 石化气 + 爆) counts
    # too, outside the phrases named in passing.
    own = [word for word in words if word not in passing]
    own += [
        known
        for written, known in _KIND_COMPOUNDS.items()
        if written in compare and known not in own and not _in_passing(written, passing)
    ]
    return frozenset(
        kind for word in own for kind in _KINDS_OF.get(word, ()) if word not in warned or kind == "warning"
    )


def _in_passing(word: str, passing: set[str]) -> bool:
    return any(word in phrase for phrase in passing)


def _kinds_disjoint(left: frozenset[str], right: frozenset[str]) -> bool:
    """Both kinds known and none shared."""
    return bool(left and right and not left & right)


_TOLL_KEYS = ("dead", "injured", "missing", "rescued", "hospital", "evacuated")


def _counts_a_tally(counts: dict, kinds: frozenset[str]) -> bool:
    """A toll (N dead, injured, missing), or a count of happenings of a kind the clause tells
    (地震49次, 106次余震)."""
    if any(key in counts for key in _TOLL_KEYS):
        return True
    return bool(kinds) and any(key == "count:次" or key.startswith("次:") for key in counts)


def _tally(features: Features) -> bool:
    return _counts_a_tally(features.counts, features.kinds)


# What a count counts, as groups: the dead and the missing are the lost, the rescued and those taken
# to hospital the saved, and the injured either (2名伤员被送医 and 救出2名伤员 are one count; 5死63伤 is
# one toll); the evacuated are a group of their own.
_COUNT_GROUPS = {
    "dead": ("lost",),
    "missing": ("lost",),
    "injured": ("lost", "saved"),
    "rescued": ("saved",),
    "hospital": ("saved",),
    "evacuated": ("evacuated",),
}


def _count_groups(features: Features) -> frozenset[str]:
    return frozenset(group for key in features.counts for group in _COUNT_GROUPS.get(key, ()))


# Words of a quake other than an aftershock (jieba's segments of the simplified clause).
_QUAKE_WORDS = frozenset(("地震", "强震", "大地震", "主震", "强烈地震", "震"))


def _quake_role(words: list[str], passing: set[str]) -> str | None:
    """The quake a clause's own words tell (not a cause or attribution named in passing): "aftershock"
    for an aftershock and no other quake, "quake" for a quake and no aftershock, else None."""
    own = {word for word in words if word not in passing}
    aftershock, quake = "余震" in own, bool(own & _QUAKE_WORDS)
    if aftershock != quake:
        return "aftershock" if aftershock else "quake"
    return None


_CLOCK_SPAN = re.compile(
    r"(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分)?\s*(?:至|到|－|-|—|~|～)\s*"
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间)?\s*(\d{1,2})\s*[时点]\s*(?:(\d{1,2})\s*分)?"
)


def _span_end(text: str, start: str | None) -> str | None:
    """The end of a span of clock times in an expression (16时至20时, 下午4时至8时) as HH:MM, read
    in the 24 hours of its start (`start`, the expression's own time)."""
    match = _CLOCK_SPAN.search(text)
    begin = _minutes(start or "")
    if match is None or begin is None:
        return None
    hour, minute = int(match.group(3)), int(match.group(4) or 0)
    if int(match.group(1)) < 12 <= begin // 60 and hour < 12:
        hour += 12  # 下午4时至8时: the end is in the afternoon's hours too
    if hour > 24 or minute > 59 or hour * 60 + minute <= begin:
        return None
    return f"{hour % 24:02d}:{minute:02d}"


_PLACE_TOKEN = re.compile(r"^([\u4e00-\u9fff]{2,})[省市县]$")


def _normal_word(word: str) -> str:
    word = _SYNONYM_OF.get(word, word)
    match = _PLACE_TOKEN.match(word)
    return match.group(1) if match else word  # 花莲县 and 花莲 are one place


_PHRASES = sorted((word for word in _SYNONYM_OF if len(word) >= 3), key=len, reverse=True)
_PHRASE = re.compile("|".join(map(re.escape, _PHRASES)))


def _words(compare: str, aliases: dict[str, str] | None = None) -> list[str]:
    """The clause's words: jieba's segmentation, codes split into letters and digits, synonyms and
    aliases (金庸 for 查良镛 when the run says 金庸（原名查良镛）) folded to one form."""
    words = _plain_words(compare)
    if aliases:
        return [aliases.get(word, word) for word in words]
    return list(words)


@lru_cache(maxsize=16_384)
def _plain_words(compare: str) -> tuple[str, ...]:
    """`_words` before aliases, remembered per text: a clause is cut for each candidate it gives,
    and wire copies repeat their sentences (the segmenter's dictionary never changes in a run)."""
    words = []
    # Phrases the segmenter cuts in pieces (失去联系, 与世长辞) become their one word first.
    compare = _PHRASE.sub(lambda match: " " + _SYNONYM_OF[match.group()] + " ", compare)
    for word in _tokenizer().cut(compare):
        word = word.strip()
        if not word or _PUNCT_OR_SPACE.match(word):
            continue
        for part in _WORD.findall(word):
            words.append(part.upper() if part.isascii() else _normal_word(part))
    return tuple(words)


# 金庸（原名查良镛）, 金庸（查良鏞）, 以笔名“金庸”…的…查良镛: two names of one person.
_ALIAS = re.compile(
    r"([\u4e00-\u9fff]{2,4})\s*[(（]\s*(?:原名|本名|真名|又名|即|笔名)?\s*([\u4e00-\u9fff]{2,4})\s*[)）]"
)


def run_aliases(texts: Iterable[str], people: Iterable[str]) -> dict[str, str]:
    """Names the run's own sentences give as one person's (金庸（原名查良镛）): each maps to one form."""
    known = set(people)
    pairs = []
    for text in texts:
        for match in _ALIAS.finditer(text):
            # The name in front is the last word before the bracket (作家|金庸（原名查良镛）).
            words = [w for w in _tokenizer().cut(match.group(1)) if w.strip()]
            a, b = (words[-1] if words else match.group(1)), match.group(2)
            if a != b and len(a) >= 2 and (a in known or b in known):
                pairs.append((a, b))
    root: dict[str, str] = {}

    def find(name: str) -> str:
        while root.get(name, name) != name:
            name = root[name]
        return name

    for a, b in pairs:
        x, y = find(a), find(b)
        if x != y:
            root[max(x, y)] = min(x, y)
    return {name: find(name) for name in root}


def _joined_singles(words: list[str]) -> frozenset[str]:
    """Names the segmenter cut into single characters in one report (东 里 for 东里): adjacent single
    characters joined, so that the other report's word is found (for matching only, no weight)."""
    joined = set()
    for a, b in zip(words, words[1:], strict=False):
        if len(a) == 1 and len(b) == 1 and not (a + b).isascii():
            joined.add(a + b)
    return frozenset(joined)


def _by_first_character(words: list[str]) -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for word in words:
        if len(word) >= 3 and not word.isascii():
            found.setdefault(word[0], set()).add(word)
    return {char: tuple(sorted(group)) for char, group in found.items()}


def _grams(text: str) -> frozenset[str]:
    grams: set[str] = set()
    for run in _GRAM_RUN.findall(text):
        for size in (2, 3):
            grams.update(run[i : i + size] for i in range(len(run) - size + 1))
    return frozenset(grams)


@lru_cache(maxsize=16_384)
def _hidden_spans(compare: str) -> tuple[tuple[int, int], ...]:
    """Spans of journalists' credits and source attributions: who told it, not what happened."""
    return tuple(match.span() for match in _CREDIT.finditer(compare)) + _unscene_spans(compare)


@lru_cache(maxsize=16_384)
def _unscene_spans(compare: str) -> tuple[tuple[int, int], ...]:
    return tuple(match.span() for match in _ATTRIBUTION.finditer(compare))


def _occurrences(word: str, text: str) -> Iterator[int]:
    """Where `word` starts in `text`, left to right, without overlaps: the starts of
    `re.finditer(re.escape(word), text)`, found by `str.find` (no pattern to escape and look up)."""
    if not word:
        yield from (match.start() for match in re.finditer("", text))
        return
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _inside(at: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether offset `at` falls in one of the `[start, end)` spans (an attribution, a credit)."""
    return any(start <= at < end for start, end in spans)


def _scene_places(compare: str, places: Iterable[str]) -> frozenset[str]:
    """Places named in the clause as where it happens: not only inside an attribution or after a
    route word (由昆明飞往广州)."""
    spans = _unscene_spans(compare)
    scene = set()
    for place in places:
        for at in _occurrences(place, compare):
            if _inside(at, spans):
                continue
            if _ROUTE.search(compare[max(0, at - 3) : at]):
                continue
            scene.add(place)
            break
    return frozenset(scene)


def _central_people(compare: str, people: Iterable[str]) -> list[str]:
    """The people a clause is about: not a journalist in a credit, not a source in an attribution
    (引述金庸女婿吳維昌證實), not a piece of a longer word (黎克 in 黎克特制)."""
    hidden = _hidden_spans(compare)
    found: dict[str, int] = {}
    for person in people:
        for at in _occurrences(person, compare):
            if _inside(at, hidden):
                continue
            if compare[at + len(person) : at + len(person) + 2] in ("特制",):
                continue
            found[person] = at
            break
    return sorted(found, key=lambda name: (found[name], name))  # in the order the clause names them


# Offices whose holder acts in the news (simplified script): the first one a clause names, outside
# credits and attributions, is who acts in it when no name is known (韓國國會議長禹元植宣布…: 议长, not
# the 总统 of 總統尹錫悅宣布戒嚴).
_OFFICE = re.compile(
    r"副总统|总统|副总理|总理|首相|议长|国务卿|总书记|主席|市长|省长|县长|州长|部长|局长|署长|厅长|院长|秘书长|特首|行政长官"
)


def _central_office(compare: str) -> str | None:
    hidden = _hidden_spans(compare)
    for match in _OFFICE.finditer(compare):
        if not _inside(match.start(), hidden):
            return match.group()
    return None


# Named venues where a happening takes place (香港殡仪馆, 香港文化博物馆): like hospitals, two different
# ones are two happenings, and so are two named bridges (高寮大桥 / 崙天大桥). Airports and stations are
# left out: they are a route's ends as often.
_VENUE = re.compile(
    r"[\u4e00-\u9fff]{2,8}?(?:殡仪馆|博物馆|体育馆|展览馆|纪念馆|会展中心|礼堂|法院|酒店|饭店|大桥)"
)
# A count of venues (三座大桥) names none of them.
_VENUE_COUNT = re.compile(r"[座条个幢栋多几数\d一二三四五六七八九十两]")


def _venues(compare: str) -> frozenset[str]:
    found = set()
    for match in _VENUE.finditer(compare):
        name = match.group()
        # The shortest name ending at the venue word: 在香港殡仪馆 -> 香港殡仪馆.
        for cut in ("在", "于", "到", "往", "赴", "的"):
            if cut in name[:-3]:
                name = name[name.rindex(cut, 0, len(name) - 3) + 1 :]
        if len(name) >= 4 and not _VENUE_COUNT.search(name[-4:-2]):
            found.add(name)
    return frozenset(found)


def _is_background(date: str, published: str | None, policy_days: int) -> bool:
    if len(date) != 10 or not published or len(published) < 10:
        return False
    try:
        return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date)).days >= policy_days
    except ValueError:
        return False


def _place_key(name: str) -> str:
    return name[:-1] if len(name) > 2 and name[-1] in "省市县区州" else name


def _place_level(name: str) -> str:
    return name[-1] if len(name) > 2 and name[-1] in "省市县区州镇乡村" else ""


def compare_text(event: dict) -> str:
    """The simplified clause with its time expressions masked, short forms of common names expanded."""

    compare = event.get("_compare")
    if compare is None:
        compare = to_simplified(event["mentions"][0]["sentence"])
    return _numerals_as_digits(_expand_abbreviations(compare))


# Counts written in characters before a counter (两具遗体, 二十多人, 一百七十五名乘客) become digits, so
# that one outlet's 两具 and another's 2具 share the figure. The whole numeral is read: a part of one
# (七十五 of 一百七十五) would leave the rest (一百) as a rare word. A lone 一 (一架客机) is "a", no count.
_NUMERAL_COUNT = re.compile(
    r"(?<![第期周拜初万亿零〇\d一二两三四五六七八九十百千廿卅])([一二两三四五六七八九十百千零〇廿卅]+)"
    r"(?=多?\s*(?:具|名|人|架|辆|艘|节|列|次|起|栋|座|间|户|位|个|号线))"
)


def _numeral_as_digits(match: re.Match) -> str:
    numeral = match.group(1)
    value = None if numeral == "一" else to_number(numeral)
    return numeral if value is None or value != int(value) else str(int(value))


def _numerals_as_digits(text: str) -> str:
    return _NUMERAL_COUNT.sub(_numeral_as_digits, text)


@dataclass(frozen=True)
class _TextFeatures:
    """What `features_of` reads of a compare text alone (no aliases, no entities), remembered per
    text: a sentence gives a candidate per clause and wire copies repeat their sentences."""

    main_words: tuple[str, ...]
    aside_words: tuple[str, ...]
    cause_words: tuple[str, ...]
    grams: frozenset[str]
    venues: frozenset[str]
    magnitudes: tuple[float, ...]
    response: bool


@lru_cache(maxsize=16_384)
def _text_features(compare: str) -> _TextFeatures:
    # Words of a source attribution or a journalist's credit (引述金庸女婿吳維昌證實) say who told
    # it, not what happened: they weigh `attribution_weight` of their IDF.
    hidden = _hidden_spans(compare)
    main = list(compare)
    aside = []
    for hidden_start, hidden_end in hidden:
        aside.append(compare[hidden_start:hidden_end])
        main[hidden_start:hidden_end] = " " * (hidden_end - hidden_start)
    causes = []
    for match in _CAUSE.finditer("".join(main)):
        causes.append(match.group())
        main[match.start() : match.end()] = " " * (match.end() - match.start())
    magnitudes = tuple(
        float(value)
        for match in _MAGNITUDE.finditer(compare)
        if (value := next(g for g in match.groups() if g))
        and 1.0 <= float(value) <= 9.9
        and not _INTENSITY.search(compare[max(0, match.start() - 6) : match.start()])
    )
    return _TextFeatures(
        main_words=_plain_words("".join(main)),
        aside_words=_plain_words(" ".join(aside)),
        cause_words=_plain_words(" ".join(causes)),
        grams=_grams(compare),
        venues=_venues(compare),
        magnitudes=magnitudes,
        response=_tells_response(compare),
    )


def _aliased(words: tuple[str, ...], aliases: dict[str, str]) -> list[str]:
    # most clauses name no alias of the run: a set test, not a look-up per word
    if not aliases or aliases.keys().isdisjoint(words):
        return list(words)
    return [aliases.get(word, word) for word in words]


def features_of(
    event: dict, aliases: dict[str, str] | None = None, places: frozenset[str] = frozenset()
) -> Features:
    """What the merge model reads of one candidate; `places` are the run's place names (a person
    entity among them is a place misread)."""

    aliases = aliases or {}
    report = event["mentions"][0]
    compare = compare_text(event)
    date = event["date"]
    until = event.get("until") or ""
    end = max(date, until) if len(until) == len(date) else date
    # Words of a credit or an attribution (`aside`) and causes weigh less (see `_text_features`).
    text = _text_features(compare)
    words = _aliased(text.main_words, aliases)
    aside_words = set(_aliased(text.aside_words, aliases)) - set(words)
    cause_words = set(_aliased(text.cause_words, aliases)) - set(words) - aside_words
    words += sorted(aside_words) + sorted(cause_words)
    named = _central_people(
        compare, [e["text"] for e in event["entities"] if e["type"] == "person" and e["text"] not in places]
    )
    people = frozenset(aliases.get(name, name) for name in named)
    central = aliases.get(named[0], named[0]) if named else None
    all_places = [e["text"] for e in event["entities"] if e["type"] == "place"]
    scene_source = event.get("_scene_places")
    scene = _scene_places(compare, scene_source if scene_source is not None else all_places)
    hospitals = (
        frozenset(
            _expand_abbreviations(e["text"])
            for e in event["entities"]
            if e["type"] == "org" and e["text"].endswith("医院")
        )
        | text.venues
    )
    counts: dict[str, list[tuple[float, str]]] = {}
    distances = []
    sentence = to_simplified(report["sentence"])
    offset = report.get("sentence_start", 0)
    for quantity in event.get("quantities") or []:
        value, unit = quantity.get("value"), quantity.get("unit")
        if value is None or not unit:
            continue
        if unit in _DISTANCE_UNITS:
            distances.append(float(value) * _DISTANCE_UNITS[unit])
        elif unit in _COUNT_UNITS:
            approximate = quantity.get("approx") or ("APPROX" if quantity.get("min") is not None else "")
            after = sentence[quantity["end"] - offset : quantity["end"] - offset + 6]
            # A toll (5 dead, 19 dead) or a count of a named thing (1400名医护人员, 950名医护人员)
            # vetoes when it disagrees; a bare count (132人。, 搭载133人的客机 against 乘客123人、
            # 机组人员9人) is evidence when it agrees.
            ahead = sentence[max(0, quantity["start"] - offset - 8) : quantity["start"] - offset]
            # People a rescue brought out are counted as rescued however they are named after the
            # figure (救出2名伤员 counts the rescued, not a toll of the injured).
            toll = "rescued" if _RESCUED_BEFORE.search(ahead) or _RESCUED_AFTER.match(after) else None
            toll = toll or ("hospital" if _HOSPITAL_AFTER.match(after) else None)
            toll = toll or next((name for name, pattern in _TOLLS if pattern.match(after)), None)
            if toll is None and unit in _PEOPLE_UNITS:
                further = sentence[quantity["end"] - offset : quantity["end"] - offset + 12]
                toll = next((name for name, pattern in _PEOPLE_TOLLS if pattern.match(further)), None)
            if toll is None:
                toll = next((name for name, pattern in _COUNT_BEFORE if pattern.search(ahead)), None)
            counted = _COUNTED.match(after)
            key = toll or (f"{unit}:{counted.group(1)}" if counted else "count:" + unit)
            counts.setdefault(key, []).append((float(value), approximate))
    magnitudes = text.magnitudes
    time_of_day = event.get("time")
    clock_span = _clock_span(time_of_day, report, offset)
    before = to_simplified(report["sentence"][: max(0, report["start"] - offset)])
    written = to_simplified(report.get("text") or "")  # the expression that dates the report
    # 截至 before the expression, or inside it when the normalizer reads it as part of the expression.
    as_of = bool(_AS_OF_BEFORE.search(before) or _AS_OF_INSIDE.match(written))
    kinds = _kinds(compare, words, cause_words | aside_words, aliases)
    # A count over a span of hours (当天16时至20时…地震49次) is a tally taken at the span's end.
    span_end = _span_end(written, time_of_day)
    if span_end and _counts_a_tally(counts, kinds):
        time_of_day, as_of, clock_span = span_end, True, ()
    background = _is_background(date, event.get("_published"), policy_days=DEFAULT_POLICY.background_days)
    key = (
        len(date),
        date,
        end,
        compare,
        time_of_day,
        tuple(sorted(people)),
        tuple(sorted(all_places)),
        tuple(sorted(hospitals)),
        tuple(sorted((unit, tuple(values)) for unit, values in counts.items())),
    )
    return Features(
        doc=report["doc"],
        precision=len(date),
        start=date,
        end=end,
        time=time_of_day,
        clock_span=clock_span,
        response=text.response,
        kinds=kinds,
        inherited=report.get("dated_by") == "context",
        as_of=as_of,
        local_time=bool(_LOCAL_TIME.search(before[-12:]) or _LOCAL_TIME.search(written)),
        background=background,
        words={word: 0.0 for word in words},
        aside=frozenset(aside_words),
        caused=frozenset(cause_words),
        measured=frozenset(
            number
            for quantity in event.get("quantities") or []
            if quantity.get("unit")
            for number in _NUMBER.findall(to_simplified(quantity.get("text") or ""))
        ),
        tokens=frozenset(words) | _joined_singles(words),
        long_words=_by_first_character(words),
        grams=text.grams,
        people=people,
        doc_people={
            aliases.get(name, name): count for name, count in (event.get("_doc_people") or {}).items()
        },
        doc_clauses=event.get("_doc_clauses") or 0,
        central=central,
        office=_central_office(compare),
        places=frozenset(_place_key(p) for p in all_places),
        scene_places=frozenset(scene),
        hospitals=hospitals,
        counts={unit: tuple(values) for unit, values in counts.items()},
        distances=tuple(distances),
        magnitudes=magnitudes,
        quake_role=_quake_role(words, cause_words | aside_words),
        key=key,
    )


# (the shipped table in use, policy.idf_unknown) -> word -> `_word_weight(word, ...)`.
_WORD_WEIGHTS: dict[tuple[bool, float], dict[str, tuple[bool, float, bool]]] = {}


def _word_weight(word: str, table: dict[str, float], policy: MergePolicy) -> tuple[bool, float, bool]:
    """(a measure or small count, the shipped IDF capped for a code, a single Han character)."""
    shipped = table.get(word, policy.idf_unknown)
    if word.isdigit():
        shipped = min(shipped, 8.0)  # a flight number or code (5735) identifies
    elif word.isascii():
        shipped = min(shipped, 4.0)  # letters of a code (MU of MU5735), an acronym
    return (_SMALL_NUMBER.fullmatch(word) is not None, shipped, len(word) == 1 and not word.isascii())


def weigh(features: list[Features], policy: MergePolicy) -> None:
    """Fill each feature's word weights from the chosen IDF."""
    table = jieba_idf() if policy.idf in ("jieba", "mix") else {}
    run: dict[str, float] = {}
    if policy.idf in ("run", "mix"):
        frequency: dict[str, int] = {}
        for feature in features:
            for word in feature.tokens:
                frequency[word] = frequency.get(word, 0) + 1
        total = len(features)
        run = {word: math.log((total + 1) / (count + 0.5)) + 1.0 for word, count in frequency.items()}
    # What a word's weight owes to the word alone, found once per word of the run: whether it is a
    # measure or small count, its shipped IDF with a code's cap, whether it is one Han character.
    known = _WORD_WEIGHTS.setdefault((bool(table), policy.idf_unknown), {})
    if len(known) > 200_000:
        known.clear()
    for feature in features:
        for word in feature.words:
            about = known.get(word)
            if about is None:
                about = known[word] = _word_weight(word, table, policy)
            small_number, capped, single = about
            if policy.idf == "run":
                weight = run[word]
            else:
                # Measures and small counts, and a count (900 of 逾900人), are compared as numbers.
                shipped = policy.idf_floor if small_number or word in feature.measured else capped
                weight = shipped if policy.idf == "jieba" else (shipped + run[word] * 3.0) / 2
            if single and word not in feature.people:
                weight *= 0.5  # single characters are mostly function words
            if word in feature.aside:
                weight *= policy.attribution_weight
            if word in feature.caused:
                weight *= policy.cause_weight
            if word in feature.people and _is_subject(word, feature, policy):
                weight *= policy.subject_weight
            feature.words[word] = max(policy.idf_floor, weight)


def _is_subject(person: str, feature: Features, policy: MergePolicy) -> bool:
    """Whether `person` is the subject of the candidate's story: named in `subject_share` or more of its
    document's clauses, in a document of `subject_clauses` or more (尹锡悦 in every clause of a
    martial-law story), which says nothing on which of its happenings a clause tells. Counted over the
    whole document when it was anchored, so every engine sees the same subject."""
    if policy.subject_share <= 0 or feature.doc_clauses < policy.subject_clauses:
        return False
    return feature.doc_people.get(person, 0) >= policy.subject_share * feature.doc_clauses


# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------


def _abbreviates(short: str, long: str) -> bool:
    """东航 for 东方航空, 国台办 for 国务院台湾事务办公室: same first character, in order inside."""
    if not (2 <= len(short) <= 4 < len(long) + 1) or len(long) <= len(short) or short[0] != long[0]:
        return False
    if not _HAN_ONLY.fullmatch(short):
        return False
    position = 0
    for char in short:
        position = long.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _overlap(left: Features, right: Features, policy: MergePolicy) -> float:
    if not left.words or not right.words:
        return 0.0
    # A word one side names only as a cause (在地震中倒塌) is barely shared with the other's happening.
    shared_left = sum(
        w * (policy.cause_weight if word in right.caused else 1.0)
        for word, w in left.words.items()
        if word in right.tokens
    )
    shared_right = sum(
        w * (policy.cause_weight if word in left.caused else 1.0)
        for word, w in right.words.items()
        if word in left.tokens
    )
    # Short forms of the other side's long words count as shared; so does a word the segmenter cut
    # elsewhere in the other report (台铁普|悠玛号 against 普悠玛), by the share of its character
    # pairs the other's text holds, when that share reaches `partial_word_share`.
    for words, other, side in ((left.words, right, 0), (right.words, left, 1)):
        for word, weight in words.items():
            if word in other.tokens:
                continue
            credit = 0.0
            if len(word) <= 4 and word[0] in other.long_words:
                if any(_abbreviates(word, long) for long in other.long_words[word[0]]):
                    credit = weight
            long_enough = len(word) >= 3 or (len(word) == 2 and weight >= policy.partial_pair_weight)
            if not credit and policy.partial_word_share and long_enough and _HAN_WORD.match(word):
                pairs = [word[i : i + 2] for i in range(len(word) - 1)]
                share = sum(pair in other.grams for pair in pairs) / len(pairs)
                if share >= policy.partial_word_share:
                    credit = weight * share * (policy.cause_weight if word in other.caused else 1.0)
            if side == 0:
                shared_left += credit
            else:
                shared_right += credit
    total_left, total_right = sum(left.words.values()), sum(right.words.values())
    dice = (shared_left + shared_right) / (total_left + total_right)
    if policy.min_shared_words > 1:
        shared_words = sum(
            1
            for word, weight in left.words.items()
            if word in right.tokens and word not in right.caused and weight > policy.idf_floor
        )
        if shared_words < policy.min_shared_words:
            return dice
    # The shorter side's share: a long report with other facts still matches a short one.
    if total_left <= total_right:
        smaller = shared_left / total_left
    else:
        smaller = shared_right / total_right
    return policy.overlap_weight * smaller + (1 - policy.overlap_weight) * dice


# A name given by its surname only (鄺姓女駕駛, 李姓男子, 邝某娟, 冉某): the surname is all it says.
_SURNAME_ONLY = re.compile(r"^([\u4e00-\u9fff]{1,2}?)(?:姓|某)")


def person_agrees(a: str, b: str) -> bool:
    """王某某 and 王老 / 王院士 / 王总 / 查先生 / 王姓 / 王某: equal, one inside the other, or surname +
    honorific, or two names of one surname when either gives only the surname (姓, 某)."""
    if a == b or a in b or b in a:
        return True
    for short, full in ((a, b), (b, a)):
        surname_only = _SURNAME_ONLY.match(short)
        if surname_only and full.startswith(surname_only.group(1)):
            return True
        for honorific in _HONORIFICS:
            if short.endswith(honorific) and len(short) > len(honorific):
                surname = short[: -len(honorific)]
                if full.startswith(surname):
                    return True
    return False


def _people_disagree(left: Features, right: Features, policy: MergePolicy) -> bool:
    if policy.veto_offices and left.office and right.office:
        if left.office not in right.office and right.office not in left.office:
            return True
    if not left.people or not right.people:
        return False
    if policy.people_rule == "central":
        return not person_agrees(left.central or "", right.central or "")
    if len(left.people) > policy.central_people or len(right.people) > policy.central_people:
        return False  # a list of names: none of them is the one the report is about
    return not any(person_agrees(a, b) for a in left.people for b in right.people)


def _places_disagree(left: Features, right: Features) -> bool:
    """Scene places of one level that share nothing (藤县 and 精河县); different levels (九寨沟县 and
    阿坝州, a county and its province) never disagree."""
    a = {_place_key(p) for p in left.scene_places}
    b = {_place_key(p) for p in right.scene_places}
    if not a or not b:
        return False
    if any(x == y or x in y or y in x for x in a for y in b):
        return False
    # Disagreement needs two places of the same, known level. Every place's level counts: a place
    # named with and without its level (丰台区 and 丰台) is one key, and keeping one level per key
    # kept the last the set gave, so the veto hung on the run's string hashes (PYTHONHASHSEED).
    return bool(_place_levels(left.scene_places) & _place_levels(right.scene_places))


def _place_levels(places: Iterable[str]) -> set[str]:
    """The known levels (省, 县, 区, 镇...) of some places."""
    return {level for place in places if (level := _place_level(place))}


def _count_agrees(x: tuple[float, str], y: tuple[float, str], policy: MergePolicy) -> bool:
    """Two counts that can be one: equal within `count_tolerance`; 逾900 / 800多 (MORE_THAN) agree
    with any count from there to twice as many (tolls rise during a day), 近100 (LESS_THAN) with one
    from half of it up to it; 约 within `approx_tolerance`."""
    if x[1] == y[1] and x[1] in ("MORE_THAN", "LESS_THAN"):
        return max(x[0], y[0]) <= 2 * min(x[0], y[0])  # 逾900 and 800多: both lower bounds
    for (a, a_kind), (b, b_kind) in ((x, y), (y, x)):
        if a_kind == "MORE_THAN" and b_kind != "LESS_THAN":
            return a * (1 - policy.count_tolerance) <= b <= 2 * a
        if a_kind == "LESS_THAN" and b_kind != "MORE_THAN":
            return a / 2 <= b <= a * (1 + policy.count_tolerance)
    tolerance = policy.approx_tolerance if (x[1] or y[1]) else policy.count_tolerance
    return abs(x[0] - y[0]) <= tolerance * max(abs(x[0]), abs(y[0]))


def _minutes(clock: str) -> int | None:
    if ":" not in clock:
        return None
    hours, minutes = clock.split(":", 1)
    return int(hours) * 60 + int(minutes)


# The clock hours each part of day covers (NI includes the small hours: 凌晨 is written NI).
_PART_HOURS = {
    "MO": range(5, 12),
    "MI": range(11, 14),
    "AF": range(12, 19),
    "EV": range(17, 24),
    "NI": list(range(0, 6)) + list(range(21, 24)),
}


_HOUR_ONLY = re.compile(r"[点點时時]\s*(多|许|許|左右)?$")


def _clock_span(time_of_day: str | None, report: dict, offset: int) -> tuple[str, ...]:
    """How loosely a clock time is given: ("more",) for 14点多 / 9時許 (any minute of the hour),
    ("about",) for 14时左右, () for a clock to the minute or no clock."""
    if not time_of_day or not time_of_day.endswith(":00"):
        return ()
    written = to_simplified(report.get("text") or "")
    after = to_simplified(report["sentence"][report.get("end", 0) - offset :][:3])
    found = _HOUR_ONLY.search(written)
    if found is None:
        return ()
    kind = found.group(1) or next((k for k in ("多", "许", "左右") if after.startswith(k)), "")
    return ("about",) if kind == "左右" else ("more",) if kind else ()


def _clock_range(minutes: int, span: tuple[str, ...], policy: MergePolicy) -> tuple[int, int]:
    if span == ("more",):
        return minutes, minutes + policy.hour_span
    if span == ("about",):
        return minutes - policy.hour_about, minutes + policy.hour_about
    return minutes, minutes


def time_relation(
    left: str | None,
    right: str | None,
    policy: MergePolicy,
    left_span: tuple[str, ...] = (),
    right_span: tuple[str, ...] = (),
) -> int:
    """1 when two times of day agree, -1 when they tell different happenings, 0 when unknown. A clock
    given to the hour only (`left_span`, `right_span`: 14点多, 14时左右) is the range it may be."""
    if not left or not right:
        return 0
    a, b = _minutes(left), _minutes(right)
    if a is not None and b is not None:
        (a_low, a_high), (b_low, b_high) = (
            _clock_range(a, left_span, policy),
            _clock_range(b, right_span, policy),
        )
        apart = max(0, a_low - b_high, b_low - a_high)
        if apart <= policy.clock_tolerance:
            return 1
        return -1 if apart > policy.clock_apart * 60 else 0
    if a is None and b is None:
        if left == right:
            return 1
        # Two parts of day whose hours never meet (下午 / 凌晨, 上午 / 晚上) are different happenings of
        # one day: the motion filed in the afternoon is not the vote of the small hours. Parts that
        # share an hour (傍晚 and 晚上, 清晨 and 凌晨) may be one moment told loosely: unknown.
        left_hours, right_hours = _PART_HOURS.get(left), _PART_HOURS.get(right)
        if left_hours is None or right_hours is None or set(left_hours) & set(right_hours):
            return 0
        return -1
    part, clock, span = (left, b, right_span) if a is None else (right, a, left_span)
    hours = _PART_HOURS.get(part)
    if hours is None:
        return 0
    # A clock given to the hour (4時許, 5点左右) is the range it may be: it agrees with a part of day
    # that range reaches.
    low, high = _clock_range(clock, span, policy)
    if any(low // 60 <= h <= high // 60 for h in hours):
        return 1
    # Outside the part of day by more than the clock tolerance (傍晚7時28分 is not 下午): apart.
    distance = min(max(0, h * 60 - high, low - (h * 60 + 59)) for h in hours)
    return -1 if distance > policy.clock_tolerance else 0


def _pinned(left: Features, right: Features, policy: MergePolicy) -> bool:
    """Two reports that give the same minute (both to the minute, within `pinned_minutes`) and a
    magnitude that agrees: one quake whose epicentre two agencies put in neighbouring counties."""
    if policy.pinned_minutes < 0 or left.clock_span or right.clock_span or left.as_of or right.as_of:
        return False
    a, b = _minutes(left.time or ""), _minutes(right.time or "")
    if a is None or b is None or a % 60 == 0 and b % 60 == 0 or abs(a - b) > policy.pinned_minutes:
        return False
    return any(abs(x - y) <= policy.magnitude_tolerance for x in left.magnitudes for y in right.magnitudes)


def vetoed(left: Features, right: Features, policy: MergePolicy) -> bool:
    if policy.veto_people and _people_disagree(left, right, policy):
        return True
    if policy.kind_veto and _kinds_disjoint(left.kinds, right.kinds):
        only = frozenset(policy.kind_veto.split())
        if left.kinds <= only or right.kinds <= only:
            return True
    if policy.veto_places and _places_disagree(left, right) and not _pinned(left, right, policy):
        return True
    if policy.veto_hospitals and left.hospitals and right.hospitals:
        if not any(a == b or a in b or b in a for a in left.hospitals for b in right.hospitals):
            return True
    aftershock_and_quake = {left.quake_role, right.quake_role} == {"aftershock", "quake"}
    # Two counts of quakes (地震37次 / 余震104次) are compared as tallies (`tally_apart`), not by role.
    if policy.veto_aftershock and aftershock_and_quake and not (_tally(left) and _tally(right)):
        if not any(
            abs(x - y) <= policy.magnitude_tolerance for x in left.magnitudes for y in right.magnitudes
        ):
            return True  # an aftershock against the quake it follows
    if policy.veto_count_groups:
        left_groups, right_groups = _count_groups(left), _count_groups(right)
        if left_groups and right_groups and not left_groups & right_groups:
            return True  # people rescued against a toll of the dead
    if policy.veto_counts:
        for unit in left.counts.keys() & right.counts.keys():
            if unit.startswith("count:"):
                continue
            if not any(_count_agrees(x, y, policy) for x in left.counts[unit] for y in right.counts[unit]):
                return True
        if left.magnitudes and right.magnitudes:
            if all(abs(x - y) >= policy.magnitude_veto for x in left.magnitudes for y in right.magnitudes):
                return True
    if policy.tally_apart and left.as_of and right.as_of and left.time and right.time:
        a, b = _minutes(left.time), _minutes(right.time)
        if a is not None and b is not None:
            (a_low, a_high) = _clock_range(a, left.clock_span, policy)
            (b_low, b_high) = _clock_range(b, right.clock_span, policy)
            if max(0, a_low - b_high, b_low - a_high) > policy.tally_apart:
                return True  # two tallies taken at different times (截至4时 / 截至4时35分)
    if (
        policy.veto_clock
        and not (policy.as_of_exempt and (left.as_of or right.as_of))
        and _clock_relation(left, right, policy) < 0
    ):
        return True
    return False


def _clock_relation(left: Features, right: Features, policy: MergePolicy) -> int:
    """`time_relation` of two reports, unknown (0) when one clock is in the place's own zone and the
    other not and they lie a whole number of half-hours apart (a zone's offset)."""
    relation = time_relation(left.time, right.time, policy, left.clock_span, right.clock_span)
    if relation < 0 and left.local_time != right.local_time:
        a, b = _minutes(left.time or ""), _minutes(right.time or "")
        if a is None or b is None:
            return 0  # a part of day in one zone says nothing of a clock in another
        off = abs(a - b) % 30
        if min(off, 30 - off) <= _ZONE_SLACK:
            return 0
    return relation


def score(left: Features, right: Features, policy: MergePolicy) -> float:
    """How alike two reports are (before the threshold); vetoes are checked apart (`vetoed`)."""
    value = _overlap(left, right, policy)
    left_names = left.people | left.places
    right_names = right.people | right.places
    if left_names and right_names:
        shared = sum(
            1
            for a in left_names
            if any(a == b or a in b or b in a or person_agrees(a, b) for b in right_names)
        )
        value += policy.entity_weight * shared / max(len(left_names), len(right_names))
    agreeing = 0
    for unit in left.counts.keys() & right.counts.keys():
        agreeing += sum(
            1 for x in left.counts[unit] if any(_count_agrees(x, y, policy) for y in right.counts[unit])
        )
    if left.magnitudes and right.magnitudes:
        agreeing += any(
            abs(x - y) <= policy.magnitude_tolerance for x in left.magnitudes for y in right.magnitudes
        )
    if left.distances and right.distances:
        agreeing += any(abs(x - y) <= 0.05 * max(x, y) for x in left.distances for y in right.distances)
    value += policy.number_weight * min(agreeing, 2)
    if policy.toll_match_weight and _same_toll(left, right):
        value += policy.toll_match_weight
    if _clock_relation(left, right, policy) > 0:
        value += policy.time_weight
        if left.kinds & right.kinds and _same_kind_times(left.time, right.time, policy.same_kind_times):
            value += policy.same_kind_time_weight
    if left.background and right.background and left.precision == 10:
        value += policy.background_weight
    if left.precision == 4 and right.precision == 4:
        # two clauses dated only by a year (今年, 庚子年, 年初) say little of when: what they share is a topic
        value -= policy.year_only_penalty
    if left.inherited or right.inherited:
        value -= policy.inherited_penalty
    if left.response != right.response:
        value -= policy.response_penalty
    if _kinds_disjoint(left.kinds, right.kinds):
        value -= policy.kind_penalty
    left_toll, right_toll = _tally(left), _tally(right)
    if left_toll != right_toll and (left.inherited or right.inherited):
        value -= policy.toll_penalty
    elif left_toll != right_toll and (right.kinds if left_toll else left.kinds):
        value -= policy.toll_kind_penalty
    return value


def _same_toll(left: Features, right: Features) -> bool:
    """Whether two clauses give one exact toll: a figure of dead, injured or missing people, not
    approximate, equal on both sides."""
    for key in ("dead", "injured", "missing"):
        exact = {value for value, approx in left.counts.get(key, ()) if not approx}
        if any(value in exact for value, approx in right.counts.get(key, ()) if not approx):
            return True
    return False


def _same_kind_times(left: str | None, right: str | None, rule: str) -> bool:
    """Whether two agreeing times of day count for `same_kind_time_weight`: under "clock", both must be
    clock times (a part of day spans hours: 下午 agrees with both 2:51 pm's outbreak and 6:22 pm's
    upgrade of one fire); under "any", parts of day count too."""
    if rule == "clock":
        return _minutes(left or "") is not None and _minutes(right or "") is not None
    return True


def _comparable(left: Features, right: Features) -> bool:
    """Same precision; a range meets a range it overlaps or a single day it starts on."""
    if left.precision != right.precision:
        return False
    if left.start > right.end or right.start > left.end:
        return False
    left_range, right_range = left.start != left.end, right.start != right.end
    if left_range == right_range:
        return left_range or left.start == right.start
    return left.start == right.start


# --------------------------------------------------------------------------------------------------
# Clustering
# --------------------------------------------------------------------------------------------------

Blocking = Callable[[list[int], list, Callable[[int], frozenset[str]]], list[tuple[int, int]]]


def merge_candidates(
    candidates: Iterable[dict],
    policy: MergePolicy = DEFAULT_POLICY,
    blocking: Blocking | None = None,
    aliases: dict[str, str] | None = None,
) -> list[dict]:
    """Join candidate events that report the same happening; keep every report. Deterministic: the
    result does not depend on the order candidates come in. `aliases` are the run's name aliases
    when the caller merges one date block of a larger run (`timeline.engines`); by default they are
    found in `candidates`."""

    blocking = blocking or bucket_pairs
    items = sorted(candidates, key=_candidate_key)
    if aliases is None:
        aliases = run_aliases(
            (compare_text(item) for item in items),
            (e["text"] for item in items for e in item["entities"] if e["type"] == "person"),
        )
    # A name the run also gives as a place (高雄 tagged a person in 高雄前镇, a place in 高雄市) is a
    # place: it names no participant, so it vetoes no report as a person.
    run_places = frozenset(
        _place_key(e["text"]) for item in items for e in item["entities"] if e["type"] == "place"
    )
    features = [features_of(item, aliases, run_places) for item in items]
    # Reports that compare identically (one wire story republished) are one event for certain.
    twins: dict[tuple, int] = {}
    representative = [twins.setdefault(feature.key, index) for index, feature in enumerate(features)]
    leaders = [i for i in range(len(items)) if representative[i] == i]
    weigh([features[i] for i in leaders], policy)

    scores: dict[tuple[int, int], float] = {}
    vetoes: set[tuple[int, int]] = set()
    examined: set[tuple[int, int]] = set()  # every pair looked at: scored, below the floor or vetoed

    def consider(i: int, j: int) -> None:
        a, b = min(i, j), max(i, j)
        if (a, b) in examined or not _comparable(features[a], features[b]):
            return
        examined.add((a, b))
        if vetoed(features[a], features[b], policy):
            vetoes.add((a, b))
            return
        value = score(features[a], features[b], policy)
        if value >= policy.pair_floor:
            scores[(a, b)] = value

    order = sorted(leaders, key=lambda i: (features[i].precision, features[i].start, i))
    position = 0
    while position < len(order):
        key = (features[order[position]].precision, features[order[position]].start)
        end = position
        while end < len(order) and (features[order[end]].precision, features[order[end]].start) == key:
            end += 1
        bucket = order[position:end]
        for i, j in blocking(bucket, features, lambda index: features[index].grams):
            consider(i, j)
        for i in bucket:  # a range meets the later buckets its span covers
            if features[i].start == features[i].end:
                continue
            for j in order[end:]:
                if features[j].precision != features[i].precision or features[j].start > features[i].end:
                    break
                consider(i, j)
        position = end

    groups = _cluster(leaders, {i: features[i].doc for i in leaders}, scores, vetoes, policy, examined)
    followers: dict[int, list[int]] = {}
    for index, leader in enumerate(representative):
        followers.setdefault(leader, []).append(index)
    events = [
        _combine([items[i] for i in sorted(i for leader in group for i in followers[leader])])
        for group in groups
    ]
    events.sort(key=event_sort_key)
    return events


def _cluster(
    leaders: list[int],
    docs: dict[int, str],
    scores: dict[tuple[int, int], float],
    vetoes: set[tuple[int, int]],
    policy: MergePolicy,
    examined: set[tuple[int, int]] | None = None,
) -> list[list[int]]:
    """Average (or complete) linkage over the scored pairs; best joins first, ties by the lowest
    indices. Two clusters join when the average score of their pairs from different documents
    reaches the threshold (a pair never scored counts 0): an outlet repeating itself says nothing on
    whether two outlets agree. Clusters of one document's sentences only join at `threshold +
    same_document_extra`. Vetoed pairs keep two clusters apart for good when they are more than
    `veto_share` of the pairs between them: one report that disagrees with one of twenty others
    (a count of 6 buildings against 至少7棟) does not keep two groups of one happening apart. That
    share is trusted only when every pair between them was looked at (`examined`, by default all):
    a blocked bucket that left some unscored may have missed their vetoes, and any veto then holds."""
    members: dict[int, list[int]] = {i: [i] for i in leaders}
    per_doc: dict[int, dict[str, int]] = {i: {docs[i]: 1} for i in leaders}
    # Between clusters: [summed score, lowest score, scored pairs] over pairs of different documents,
    # [summed score, scored pairs] over pairs of one document, and the highest cross-document score.
    links: dict[int, dict[int, list[float]]] = {i: {} for i in leaders}
    # Between clusters: how many of their pairs are vetoed.
    blocked: dict[int, dict[int, int]] = {i: {} for i in leaders}
    for a, b in vetoes:
        blocked[a][b] = blocked[b][a] = 1
    for (a, b), value in scores.items():
        if docs[a] == docs[b]:
            links[a][b] = [0.0, math.inf, 0, value, 1, 0.0]
        else:
            links[a][b] = [value, value, 1, 0.0, 0, value]
        links[b][a] = links[a][b]

    def linkage(a: int, b: int) -> float:
        cross_total, lowest, cross_count, same_total, _, highest = links[a][b]
        pairs = len(members[a]) * len(members[b])
        same_pairs = sum(n * per_doc[b].get(doc, 0) for doc, n in per_doc[a].items())
        cross_pairs = pairs - same_pairs
        if cross_pairs == 0:
            return same_total / pairs - policy.same_document_extra
        if policy.linkage == "complete":
            return lowest if cross_count == cross_pairs else 0.0
        average = cross_total / cross_pairs
        return average + policy.best_pair_weight * (highest - average)

    heap = [(-linkage(a, b), a, b) for a in links for b in links[a] if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in links[a]:
            continue
        current = linkage(a, b)
        if abs(current + negative) > 1e-12:
            continue  # stale entry
        if current < policy.threshold:
            break
        vetoed_pairs = blocked[a].get(b, 0)
        if vetoed_pairs and (
            vetoed_pairs > policy.veto_share * len(members[a]) * len(members[b])
            or not _all_examined(members[a], members[b], examined)
        ):
            continue
        keep, gone = (a, b) if a < b else (b, a)
        members[keep].extend(members.pop(gone))
        for doc, n in per_doc.pop(gone).items():
            per_doc[keep][doc] = per_doc[keep].get(doc, 0) + n
        for other, count in blocked.pop(gone).items():
            if other == keep:
                continue
            blocked[keep][other] = blocked[other][keep] = blocked[keep].get(other, 0) + count
            del blocked[other][gone]
        blocked[keep].pop(gone, None)
        gone_links = links.pop(gone)
        gone_links.pop(keep, None)
        links[keep].pop(gone, None)
        for other, theirs in gone_links.items():
            links[other].pop(gone, None)
            mine = links[keep].get(other)
            if mine is None:
                merged = list(theirs)
            else:
                merged = [
                    mine[0] + theirs[0],
                    min(mine[1], theirs[1]),
                    mine[2] + theirs[2],
                    mine[3] + theirs[3],
                    mine[4] + theirs[4],
                    max(mine[5], theirs[5]),
                ]
            links[keep][other] = merged
            links[other][keep] = merged
        for other in links[keep]:
            x, y = min(keep, other), max(keep, other)
            heapq.heappush(heap, (-linkage(x, y), x, y))
    return [sorted(group) for group in members.values()]


def _all_examined(left: list[int], right: list[int], examined: set[tuple[int, int]] | None) -> bool:
    if examined is None:
        return True
    return all((min(a, b), max(a, b)) in examined for a in left for b in right)


def merge_events(candidates: Iterable[dict], policy: MergePolicy | None = None) -> list[dict]:
    """Join candidate events that report the same happening on the same date; keep every report.

    The model (weighted overlap, aliases, numbers, time of day, vetoes, average linkage inside each
    date bucket) and its knobs (`MergePolicy`) live in `timeline.events.merge`; large same-day buckets are
    blocked by `blocking.bucket_pairs`. Deterministic: the result does not depend on the order candidates
    come in.
    """
    return merge_candidates(candidates, policy or DEFAULT_POLICY, blocking=bucket_pairs)


# The one event order of every format is `timeline.render.event_sort_key`; this name is kept for
# callers that import it from here (timeline.engines).
_event_sort_key = event_sort_key


def _candidate_key(event: dict) -> tuple:
    report = event["mentions"][0]
    return (event["date"], event.get("until") or "", report["doc"], report["start"], report["sentence_start"])


# Common short forms written by some outlets and spelled out by others (simplified script). Long
# forms are rewritten to the short ones so that both spellings share their character n-grams.
_ABBREVIATIONS = (
    ("常务委员会", "常委会"),
    ("世界卫生组织", "世卫组织"),
    ("国家监察委员会", "国家监委"),
    ("人民解放军", "解放军"),
    ("新型冠状病毒感染的肺炎", "新冠肺炎"),
    ("新型冠状病毒肺炎", "新冠肺炎"),
    ("卫生健康委员会", "卫健委"),
    ("中国共产党", "中共"),
    ("总干事", "秘书长"),
    ("国务院台湾事务办公室", "国台办"),
    ("台湾铁路管理局", "台铁"),
    ("台铁局", "台铁"),
    ("中国民用航空局", "民航局"),
    ("中央人民政府驻香港特别行政区联络办公室", "中联办"),
)


def _expand_abbreviations(text: str) -> str:
    for long_form, short_form in _ABBREVIATIONS:
        text = text.replace(long_form, short_form)
    return text


def _combine(group: list[dict]) -> dict:
    """One event from the candidates of a cluster (already in sorted order)."""
    reports = sorted(
        (report for item in group for report in item["mentions"]),
        key=lambda r: (r["doc"], r["sentence_start"], r["start"]),
    )
    # The most informative headline among the reports; ties go to the first document, so that the
    # choice never depends on input order.
    representative = min(
        group,
        key=lambda item: (
            tuple(item.get("_title_rank") or (True, True, 0)),
            item["mentions"][0]["doc"],
            item["mentions"][0]["start"],
        ),
    )
    day_dates = [item["date"] for item in group if not item.get("until")]
    date = min(day_dates) if day_dates else min(item["date"] for item in group)
    untils = [item.get("until") for item in group]
    until = None if any(u is None for u in untils) else max(untils)
    times = [item["time"] for item in group if item.get("time")]
    clock_times = [t for t in times if ":" in t]
    time_of_day = (clock_times or times or [None])[0]

    entities: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for item in group:
        for entity in item["entities"]:
            key = (entity["text"], entity["type"])
            if key not in seen:
                seen.add(key)
                entities.append({"text": entity["text"], "type": entity["type"]})
    quantities = sorted(
        (q for item in group for q in item["quantities"]),
        key=lambda q: (q.get("doc", ""), q["start"], q["end"]),
    )
    event = {
        "date": date,
        "until": until,
        "time": time_of_day,
        "title": representative["title"],
        "sources": sorted({report["doc"] for report in reports}),
        "mentions": reports,
        "entities": entities,
        "quantities": quantities,
    }
    event["id"] = _event_id(event)
    return {key: event[key] for key in _FIELD_ORDER if key in event}
