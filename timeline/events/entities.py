"""People, places and organisations in a sentence: jieba's part-of-speech tags plus suffix rules.

jieba tags names well enough (`nr` person, `ns` place, `nt` organisation) but its dictionary also tags
ordinary words that way (城市/ns, 春耕/nr, 英勇/nr) and it splits most institution names into pieces
(武汉/ns 火神/n 山/n 医院/n). So
- a person must start with a common surname and be a rare word (names are not dictionary words),
- a place or organisation tag is trusted only when the dictionary gives it, and a short stop list
  removes the common words the dictionary mis-tags,
- institutions are rebuilt from the tokens in front of a suffix such as 医院, 党支部 or 指挥部.

Everything runs on the simplified, half-width form of the text (`textprep.prepare`), so a sentence in
traditional script gives the same entity texts as its simplified twin. Entity texts are simplified;
`start` and `end` point into the text that was given.
"""

from __future__ import annotations

import logging
import marshal
import re
import threading
from functools import lru_cache
from typing import BinaryIO

from timeline.textprep import prepare, to_simplified

# The most common single-character surnames and the compound ones still in use.
SINGLE_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
    "戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古"
    "吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫"
    "寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝仝习辜闰"
)
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "夏侯", "尉迟", "公孙"}

# Suffixes that end an organisation name; longest first so 党总支 wins over 党支部-like overlaps.
ORG_SUFFIXES = tuple(
    "党总支 党支部 党工委 党委 指挥部 委员会 医院 卫生院 大学 学院 研究所 研究院 疾控中心 公司 集团 政府 公安局 "
    "卫健委 国资委".split()
)
PLACE_SUFFIXES = ("省", "市", "县", "区", "镇", "乡", "村", "州", "街道")

# Token tags that may stand inside an institution name (nouns, names, abbreviations, numerals like 第三).
_NAME_PART_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "j", "b", "m", "vn", "l", "g"}
# Measure words and verbs that end the words before an institution's name (45岁|华中科技大学,
# 湘雅二院援|同济医院): the name never reaches back across them.
_NOT_NAME_PARTS = set("年月日号时岁名位个家批援赴驻支")
# Words that make a name generic rather than naming one institution (临时党支部, 定点医院).
_GENERIC_PARTS = re.compile(
    r"临时|定点|方舱|中心|专科|专门|附属|人民|各级|基层|全省|全市|全县|全区|当地|所在|有关|相关|直属机关|"
    r"疫情|防控|防疫|新冠|肺炎|[省市县]级|医疗队|有限|责任|股份|综合|三甲|功能性|街道|社区|乡镇|医院|"
    r"呼吸科?|肿瘤科?|内科|外科|急诊科|感染科|重症|[省市县区镇乡村]$|^[省市县区镇乡村]|"
    r"[一两二三四五六七八九十几数多\d]+[座所家个名批支]|"
    r"第[一二三四五六七八九十\d]+|[该各本我全每]"
)

# Common words jieba's dictionary tags as places, people or organisations (seen on the seeds and
# the merge set). Data, not logic: add a word here when it shows up as an entity.
STOP_WORDS = set(
    # places
    "城市 上门 中断 天黑 深度 治安 上街 城镇 入园 重大胜利 直属机关 桥头堡 中心区 城区 社区 小区 地区 市区 郊区 "
    "街区 景区 园区 山区 辖区 农村 乡村 超市 上市 门市 灾区 疫区 病区 战区 新区 开发区 主城区 重灾区 省市 市县 "
    "县区 各地 全国 当地 亚洲 深圳湾 长达 上岗 城建 塔楼 开沟 波波 淌水 三城 和县 湘雅 特大城市 居民小区 行政村 "
    "街道社区 责任区 隔离区 "
    # people
    "申请书 春耕 英勇 布满 保驾护航 寒冬腊月 华声 施策 楼栋长 关怀 晋升 周密 高扬 吉祥 朴素 向心力 阳春 石家庄 金银 "
    "商超 武鄂 "
    # organisations
    "党组织 党委政府 全党全国 党政机关 复产中 中医药 军事医学 共产党".split()
)
# People jieba's dictionary files under another tag (钟南山/ns, as the mountain).
KNOWN_PEOPLE = {"钟南山"}
_KINSHIP_ENDINGS = ("奶奶", "爷爷", "阿姨", "大爷", "大妈", "师傅", "同志", "书记", "主任", "院长")
# Patterns of the per-token tests, compiled once (find_entities runs them on every token).
_HAN_2_4 = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_HAN_ONE = re.compile(r"[\u4e00-\u9fff]")
_COUNTED_INSTITUTION = re.compile(r"[一两二三四五六七八九十几数多\d]+[座所家个名批支间]")

_lock = threading.Lock()
_posseg = None


class _WholeFileMarshal:
    """`marshal` for jieba's cache: `load` reads the whole file, then decodes it."""

    @staticmethod
    def load(file: BinaryIO) -> object:
        return marshal.loads(file.read())

    dump = staticmethod(marshal.dump)


def _tagger():
    """jieba.posseg, loaded once per process and quietly (jieba logs its dictionary loading on
    stderr), with its part-of-speech HMM decoded by `_viterbi` (the same result, faster)."""
    global _posseg
    if _posseg is None:
        with _lock:
            if _posseg is None:
                import jieba
                import jieba.posseg

                jieba.setLogLevel(logging.WARNING)
                # jieba reads its prefix dictionary's cache with `marshal.load(file)`, which reads
                # the file a few bytes at a time through Python (0.7 s here); `marshal.loads` of
                # the file's bytes gives the same object in less than half of that.
                shipped_marshal = getattr(jieba, "marshal", None)
                if shipped_marshal is marshal:
                    jieba.marshal = _WholeFileMarshal
                try:
                    jieba.posseg.dt.tokenizer.initialize()
                finally:
                    if shipped_marshal is marshal:
                        jieba.marshal = shipped_marshal
                if getattr(jieba.posseg, "viterbi", None) is not None:
                    _ORIGINAL_VITERBI.append(jieba.posseg.viterbi)
                    jieba.posseg.viterbi = _viterbi
                _posseg = jieba.posseg
    return _posseg


# --------------------------------------------------------------------------------------------------
# The part-of-speech HMM: jieba's own model, decoded with less work
# --------------------------------------------------------------------------------------------------
# jieba.posseg runs a Viterbi decoder over its joint (position, tag) states for each run of
# characters its dictionary does not cover (names, rare words). Its Python decoder scores, for each
# state, every previous state, most of which cannot lead to it. `_viterbi` gives exactly its result
# (the same sums in the same order, the same tie-breaking on the state tuple: tests/test_engines_tagging.py
# compares the two) while scoring only the previous states that can lead to each state, and it
# remembers the runs it has decoded: the same names recur through a corpus.

_MIN_FLOAT = -3.14e100  # jieba.posseg.viterbi's score of a character a state never emits
_MIN_INF = float("-inf")
_ORIGINAL_VITERBI: list = []
_INTO: dict[int, dict] = {}


def _viterbi(obs: str, states: dict, start_p: dict, trans_p: dict, emit_p: dict) -> tuple:
    """`jieba.posseg.viterbi.viterbi(obs, states, start_p, trans_p, emit_p)`, the same result."""
    model = (id(states), id(start_p), id(trans_p), id(emit_p))
    if _INTO.get("model") != model:
        _decode.cache_clear()
        _INTO.clear()
        _INTO["model"] = model
        _INTO["tables"] = (states, start_p, trans_p, emit_p)
        into: dict = {}
        for before, nexts in trans_p.items():
            for after, probability in nexts.items():
                into.setdefault(after, []).append((before, probability))
        _INTO["into"] = into
    return _decode(obs)


@lru_cache(maxsize=32_768)
def _decode(obs: str) -> tuple:
    states, start_p, trans_p, emit_p = _INTO["tables"]
    into = _INTO["into"]
    all_states = trans_p.keys()
    previous: dict = {}
    for state in states.get(obs[0], all_states):
        previous[state] = start_p[state] + emit_p[state].get(obs[0], _MIN_FLOAT)
    paths: list[dict] = [dict.fromkeys(previous, "")]
    for char in obs[1:]:
        prev_states = [state for state in previous if trans_p[state]]
        expect_next: set = set()
        for state in prev_states:
            expect_next.update(trans_p[state])
        obs_states = set(states.get(char, all_states)) & expect_next
        if not obs_states:
            obs_states = expect_next if expect_next else set(all_states)
        current: dict = {}
        path: dict = {}
        for state in obs_states:
            emit = emit_p[state].get(char, _MIN_FLOAT)
            best = None
            for before, probability in into.get(state, ()):
                score = previous.get(before)
                if score is None:
                    continue
                candidate = (score + probability + emit, before)
                if best is None or candidate > best:
                    best = candidate
            if best is None or best[0] == _MIN_INF:
                # every previous state scores -inf here: jieba's max then picks the largest state
                best = (_MIN_INF, max(prev_states))
            current[state], path[state] = best
        previous = current
        paths.append(path)
    _, state = max((score, state) for state, score in previous.items())
    route = [None] * len(obs)
    for index in range(len(obs) - 1, -1, -1):
        route[index] = state
        state = paths[index][state]
    return (max(previous.values()), tuple(route))


@lru_cache(maxsize=4_096)
def _tags(text: str) -> tuple[tuple[str, str], ...]:
    """jieba's words and tags for `text`, remembered: a clause is tagged for its entities and its
    title, and wire copies repeat their sentences."""
    return tuple((word, tag) for word, tag in _tagger().cut(text))


def _dictionary_tag(word: str) -> str | None:
    return _tagger().dt.word_tag_tab.get(word)


def _dictionary_frequency(word: str) -> int:
    return _tagger().dt.tokenizer.FREQ.get(word) or 0


def _is_person(word: str) -> bool:
    if word in STOP_WORDS or word.endswith(_KINSHIP_ENDINGS):
        return False
    # 戴著 (wearing), 夏庄 (a village): endings a given name does not have.
    if word[-1] in "着著了过的庄村屯寨湾沟镇乡":
        return False
    if not _HAN_2_4.fullmatch(word):
        return False
    if word[:2] in COMPOUND_SURNAMES:
        if len(word) < 3:
            return False
    elif word[0] not in SINGLE_SURNAMES or len(word) > 3:
        return False
    # Real names are rare in jieba's dictionary; 春耕 or 英勇 are frequent words mis-tagged nr.
    return _dictionary_frequency(word) <= 10


def _is_place(word: str, tag: str) -> bool:
    if word in STOP_WORDS or len(word) < 2 or not _HAN_RUN.fullmatch(word):
        return False
    if word.endswith(PLACE_SUFFIXES) and len(word) >= 3 and word[0] not in "全本我该各每此":
        # A dictionary word with another tag is a common noun (隔离区, 行政村), not a name.
        return _dictionary_tag(word) in (None, "ns", "nr", "nz", "nt", "nrt")
    return tag == "ns" and _dictionary_tag(word) == "ns"


def _is_named_org(name: str, suffix: str) -> bool:
    """An organisation with a name of its own, not a generic 临时党支部 or 定点医院."""
    if name in STOP_WORDS:
        return False
    # A counted institution (一家三甲综合医院, 两家功能性医院) is never a name.
    if _COUNTED_INSTITUTION.match(name):
        return False
    own_part = _GENERIC_PARTS.sub("", name[: len(name) - len(suffix)])
    return len(own_part) >= 2


def find_entities(text: str) -> list[dict]:
    """People, places and organisations in `text`, in order of first appearance, each once.

    Each entity is `{"text", "type", "start", "end"}` with `type` one of `person`, `place`, `org`;
    `text` is simplified script, `start`/`end` are offsets into `text` as given.
    """
    # Remembered per text (a sentence gives a candidate per clause, wire copies repeat sentences);
    # each call gets its own dicts.
    return [dict(entity) for entity in _entities_of(text)]


@lru_cache(maxsize=8_192)
def _entities_of(text: str) -> tuple[dict, ...]:
    return tuple(_find_entities(text))


def _find_entities(text: str) -> list[dict]:
    prepared = prepare(text)
    tokens: list[tuple[str, str, int]] = []
    position = 0
    for word, tag in _tags(prepared.text):
        tokens.append((word, tag, position))
        position += len(word)

    found: list[tuple[int, int, str, str]] = []  # (start, end, text, type) in prepared coordinates
    skip_until = 0
    for index, (word, tag, start) in enumerate(tokens):
        end = start + len(word)
        if start < skip_until:
            continue
        village = _village(tokens, index)
        split_name = _split_name(tokens, index)
        if word in KNOWN_PEOPLE:
            found.append((start, end, word, "person"))
        elif village is not None:
            found.append(village)
            skip_until = village[1]
            continue
        elif split_name is not None:
            found.append(split_name)
            skip_until = split_name[1]
            continue
        elif _is_place(word, tag) and word not in _STORM_WORDS and not _after_a_storm_word(tokens, index):
            found.append((start, end, word, "place"))  # not 台风 (ns in jieba's dictionary) or a storm's name
        elif tag in ("nr", "nrfg", "nrt") and _is_person(word) and not _names_a_thing(tokens, index):
            found.append((start, end, word, "person"))
        elif (
            tag == "nt"
            and word not in STOP_WORDS
            and _dictionary_tag(word) == "nt"
            and len(word) >= 3
            and _is_named_org(word, next((s for s in ORG_SUFFIXES if word.endswith(s)), ""))
        ):
            found.append((start, end, word, "org"))
        suffix = next((s for s in ORG_SUFFIXES if word.endswith(s)), None)
        if suffix is not None:
            org = _extend_org(tokens, index)
            if org is not None:
                found.append(org)

    # A place or name cut out of the middle of an institution's name (神山 in 雷神山医院, 金蟾 in
    # 安徽华润金蟾药业公司) is not an entity of its own; nor is an institution inside a longer one
    # (中医药大学 in 天津中医药大学). One that starts the name (安徽, 军事科学院) is kept.
    org_spans = [(start, end) for start, end, _, kind in found if kind == "org"]
    found = [item for item in found if not any(s < item[0] and item[1] <= e for s, e in org_spans)]
    seen: set[tuple[str, str]] = set()
    entities: list[dict] = []
    for start, end, name, kind in sorted(found, key=lambda item: (item[0], -item[1])):
        if (name, kind) in seen:
            continue
        seen.add((name, kind))
        original_start, original_end = prepared.span(start, end)
        entities.append({"text": name, "type": kind, "start": original_start, "end": original_end})
    return entities


_PLACE_ENDINGS = ("村", "镇", "乡", "街道", "社区", "里", "沽", "庄", "屯")
_ROLE_BEFORE_NAME = re.compile(
    r"(?:研究员|书记|党员|院士|医生|护士|主任|记者|院长|教授|队长|局长|所长|站长|村民|志愿者|专家|校长|"
    r"处长|科长|组长|部长|主席|委员|同志|老人)$"
)
_FUNCTION_CHARS = set("的了着是在和与及等说将也都就又还被把对为向从到给让以该各每其这那")


def _village(tokens: list[tuple[str, str, int]], index: int) -> tuple[int, int, str, str] | None:
    """A name-like token followed by a village or street ending (董王|度|村, 龙光桥|街道, 洪河|村): the
    whole is a place, and the name-like piece is no person."""
    word, tag, start = tokens[index]
    if tag not in ("nr", "nrfg", "nrt", "ns", "nz") or not _HAN_2_4.fullmatch(word):
        return None
    if word.endswith(PLACE_SUFFIXES) or word[0] in _FUNCTION_CHARS or word[0] in "镇乡村":
        return None
    following = tokens[index + 1 : index + 3]
    if following and following[0][0] in _PLACE_ENDINGS:
        name = word + following[0][0]
    elif (
        len(following) == 2
        and following[1][0] in _PLACE_ENDINGS
        and len(following[0][0]) == 1
        and following[0][0] not in _PLACE_ENDINGS
        and following[0][0] not in _FUNCTION_CHARS
        and following[0][1] in ("q", "n", "ng", "j", "g", "nr", "zg", "b")
    ):
        name = word + following[0][0] + following[1][0]  # 董王|度|村: one stray character between
    else:
        return None
    return (start, start + len(name), name, "place")


# What a name-like word right before names is a road or a work site (梅大|高速 for the Meizhou-Dabu
# expressway, 梅龙|高速, 张家|煤矿): the word is the route's or the site's name, no person, and two reports
# naming one road two ways (梅大高速 / 梅龙高速) are not two people.
_ROUTE_AFTER = ("高速", "公路", "铁路", "高铁", "大桥", "隧道", "大道", "煤矿", "矿井", "机场", "水库", "大坝")


def _names_a_thing(tokens: list[tuple[str, str, int]], index: int) -> bool:
    """Whether the name-like word at `index` names a thing, not a person: a route or a site right
    after it, or after the place words of its full name (雷根|华盛顿|国家|机场); a storm after 台风 or
    before it (台风「康芮」, 康芮台风: one storm's names differ by outlet, 康妮 / 康芮); a maker before
    its model's code (庞巴迪|CRJ700)."""
    following = [word for word, _, _ in tokens[index + 1 : index + 5] if word not in _QUOTE_MARKS]
    if following and following[0].startswith(_ROUTE_AFTER):
        return True
    for offset, (word, tag, _) in enumerate(tokens[index + 1 : index + 4]):
        if word.startswith(_ROUTE_AFTER):
            return offset > 0
        if tag not in ("ns", "n"):
            break
    if _names_a_storm(tokens, index):
        return True
    return bool(following) and _MODEL_CODE.fullmatch(following[0]) is not None


def _names_a_storm(tokens: list[tuple[str, str, int]], index: int) -> bool:
    """Whether the word at `index` is a storm's name: right after 台风 or before it (台风「康芮」,
    康芮台风). jieba tags many storm names as people or places (康芮/nr, 山竹/ns)."""
    following = [word for word, _, _ in tokens[index + 1 : index + 5] if word not in _QUOTE_MARKS]
    return _after_a_storm_word(tokens, index) or (bool(following) and following[0] in _STORM_WORDS)


def _after_a_storm_word(tokens: list[tuple[str, str, int]], index: int) -> bool:
    """Whether the word at `index` follows 台风 (台风“山竹”): a place before 台风 stays one (广东台风季)."""
    before = [word for word, _, _ in tokens[max(0, index - 3) : index] if word not in _QUOTE_MARKS]
    return bool(before) and before[-1] in _STORM_WORDS


# A model's code as jieba cuts it after its maker's name (庞巴迪|CRJ700): letters, then digits.
_MODEL_CODE = re.compile(r"[A-Za-z]+-?\d+[A-Za-z]*")
_STORM_WORDS = frozenset(("台风", "飓风", "热带风暴", "强台风", "超强台风", "风暴"))
_QUOTE_MARKS = frozenset("“”「」『』\"'《》")


def _split_name(tokens: list[tuple[str, str, int]], index: int) -> tuple[int, int, str, str] | None:
    """A three-character name jieba cut in two: 仝|小林, or 李德|平 right after a role (书记李德平)."""
    word, tag, start = tokens[index]
    if index + 1 >= len(tokens):
        return None
    following, following_tag, _ = tokens[index + 1]
    if (
        len(word) == 1
        and word in SINGLE_SURNAMES
        and tag == "nr"
        and following_tag in ("nr", "nrfg")
        and len(following) <= 2
    ):
        name = word + following
    elif (
        len(word) == 2
        and tag == "nr"
        and word[0] in SINGLE_SURNAMES
        and len(following) == 1
        and following not in _FUNCTION_CHARS
        and following_tag != "m"
        and _HAN_ONE.fullmatch(following)
        and index > 0
        and _ROLE_BEFORE_NAME.search(tokens[index - 1][0])
        and (index + 2 >= len(tokens) or tokens[index + 2][1] in ("uj", "x", "v", "p", "c", "d"))
    ):
        name = word + following
    else:
        return None
    if len(name) > 3 or not _is_person(name):
        return None
    return (start, start + len(name), name, "person")


def _extend_org(tokens: list[tuple[str, str, int]], index: int) -> tuple[int, int, str, str] | None:
    """The institution ending with token `index`: the name-like tokens right before it, joined."""
    word, _, start = tokens[index]
    end = start + len(word)
    first = index
    while first > 0 and index - first < 8:
        previous_word, previous_tag, _ = tokens[first - 1]
        if (
            previous_tag not in _NAME_PART_TAGS
            or previous_word.isascii()
            or previous_word in _NOT_NAME_PARTS
            or previous_word[-1] in "岁年"
        ):
            break
        if end - tokens[first - 1][2] > 24:
            break
        first -= 1
    # A stray character right after a verb (援|鄂|医疗队) belongs with the verb, not to the name.
    while (
        0 < first < index
        and len(tokens[first][0]) == 1
        and (tokens[first - 1][0] in _NOT_NAME_PARTS or tokens[first - 1][1].startswith("v"))
    ):
        first += 1
    name = "".join(token[0] for token in tokens[first : index + 1])
    suffix = next(s for s in ORG_SUFFIXES if word.endswith(s))
    if not _is_named_org(name, suffix):
        return None
    return (tokens[first][2], end, name, "org")


def last_word_boundary(text: str, limit: int) -> int:
    """The end of the last whole word (jieba's segmentation) at or before `limit`, at least 1."""
    position = best = 0
    for word in _tagger().dt.tokenizer.cut(to_simplified(text)):
        position += len(word)
        if position > limit:
            break
        best = position
    return best or min(limit, len(text))


def tag_words(text: str) -> list[tuple[str, str]]:
    """jieba's words and part-of-speech tags for `text` (give it simplified script)."""
    return list(_tags(text))
